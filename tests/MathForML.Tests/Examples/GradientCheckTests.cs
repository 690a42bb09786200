using MathForML.Examples;
using MathForML.Tests.Support;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

[Collection(nameof(ConsoleCollection))]
public class GradientCheckTests
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;
    private static readonly VectorBuilder<double> V = Vector<double>.Build;

    [Fact]
    public void Gradient_of_a_quadratic_matches_the_formula()
    {
        var a = M.DenseOfArray(new[,] { { 2.0, 1.0 }, { 0.0, 3.0 } });
        var x = V.Dense([0.3, -1.2]);
        var numerical = GradientCheck.NumericalGradient(v => v * a * v, x);
        var analytic = (a + a.Transpose()) * x;
        Assert.True(GradientCheck.RelativeError(analytic, numerical) < 1e-9);
        Assert.Equal(x, V.Dense([0.3, -1.2])); // the input is not modified
    }

    [Fact]
    public void Gradient_with_respect_to_a_matrix_has_the_matrix_shape()
    {
        var a = M.DenseOfArray(new[,] { { 1.0, 2.0, 3.0 }, { -1.0, 0.5, 2.0 } });
        var x = M.Dense(2, 3, (i, j) => 0.1 * i - 0.2 * j);
        var numerical = GradientCheck.NumericalGradient(m => a.TransposeThisAndMultiply(m).Trace(), x);
        Assert.True(GradientCheck.RelativeError(a, numerical) < 1e-9);
    }

    [Fact]
    public void Jacobian_of_a_linear_map_is_its_matrix()
    {
        var a = M.DenseOfArray(new[,] { { 1.0, 2.0 }, { 3.0, 4.0 }, { 5.0, 6.0 } });
        var jacobian = GradientCheck.NumericalJacobian(v => a * v, V.Dense([1.0, -1.0]));
        Assert.True(GradientCheck.RelativeError(a, jacobian) < 1e-9);
    }

    [Fact]
    public void Hessian_of_a_smooth_function()
    {
        // f(x, y) = x²y + sin y: Hessian [[2y, 2x], [2x, −sin y]].
        var p = V.Dense([0.7, 1.3]);
        var hessian = GradientCheck.NumericalHessian(v => v[0] * v[0] * v[1] + Math.Sin(v[1]), p);
        var expected = M.DenseOfArray(new[,] { { 2 * 1.3, 2 * 0.7 }, { 2 * 0.7, -Math.Sin(1.3) } });
        Assert.True(GradientCheck.RelativeError(expected, hessian) < 1e-6);
        Assert.True(LinearAlgebraChecks.IsSymmetric(hessian, 0));
    }

    [Fact]
    public void Relative_error_edge_cases()
    {
        Assert.Equal(0.0, GradientCheck.RelativeError(V.Dense(3), V.Dense(3)));
        Assert.Equal(1.0, GradientCheck.RelativeError(V.Dense([1.0, 0.0]), V.Dense([0.0, 0.0])));
        Assert.True(double.IsNaN(GradientCheck.RelativeError(V.Dense([double.NaN]), V.Dense([1.0]))));
        Assert.Throws<ArgumentException>(() => GradientCheck.RelativeError(V.Dense(2), V.Dense(3)));
        Assert.Throws<ArgumentException>(() => GradientCheck.RelativeError(M.Dense(2, 2), M.Dense(2, 3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => GradientCheck.NumericalGradient(v => 0, V.Dense(1), 0));
    }

    [Fact]
    public void Compare_prints_a_tick_or_throws()
    {
        var text = ConsoleCapture.Of(() => GradientCheck.Compare("∇(2x) = 2", V.Dense([2.0]), V.Dense([2.0])));
        Assert.Equal("✓ ∇(2x) = 2 (relative error 0)\n", text);

        var ex = Assert.Throws<CheckFailedException>(() =>
            GradientCheck.Compare("wrong", M.DenseIdentity(2), 2 * M.DenseIdentity(2)));
        Assert.Equal("✗ wrong: relative error 5.0e-1 exceeds the tolerance 1.0e-7", ex.Message);
        Assert.Throws<CheckFailedException>(() =>
            GradientCheck.Compare("NaN", V.Dense([double.NaN]), V.Dense([1.0])));
    }
}
