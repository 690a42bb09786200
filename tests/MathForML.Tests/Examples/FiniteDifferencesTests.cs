using MathForML.Examples;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class FiniteDifferencesTests
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;
    private static readonly VectorBuilder<double> V = Vector<double>.Build;

    // f(x, y) = x²y + sin(y), with ∇f = (2xy, x² + cos y) and ∇²f = [[2y, 2x], [2x, −sin y]].
    private static double F(Vector<double> v) => v[0] * v[0] * v[1] + Math.Sin(v[1]);

    private static Vector<double> GradF(Vector<double> v) =>
        V.Dense([2 * v[0] * v[1], v[0] * v[0] + Math.Cos(v[1])]);

    private static Matrix<double> HessF(Vector<double> v) =>
        M.DenseOfArray(new[,] { { 2 * v[1], 2 * v[0] }, { 2 * v[0], -Math.Sin(v[1]) } });

    [Fact]
    public void Derivative_of_exp_and_sin()
    {
        Assert.Equal(Math.Exp(0.3), FiniteDifferences.Derivative(Math.Exp, 0.3), 9);
        Assert.Equal(Math.Cos(2.0), FiniteDifferences.Derivative(Math.Sin, 2.0), 9);
        // The step grows with |x|, so the relative error stays small for large x too.
        var relative = FiniteDifferences.Derivative(Math.Exp, 20) / Math.Exp(20) - 1;
        Assert.True(Math.Abs(relative) < 1e-7, $"relative error {relative}");
    }

    [Fact]
    public void SecondDerivative_of_a_cubic()
    {
        // (x³)″ = 6x
        Assert.Equal(6 * 1.5, FiniteDifferences.SecondDerivative(x => x * x * x, 1.5), 6);
    }

    [Fact]
    public void Gradient_matches_the_analytic_gradient()
    {
        var point = V.Dense([1.3, -0.7]);
        var error = (FiniteDifferences.Gradient(F, point) - GradF(point)).InfinityNorm();
        Assert.True(error < 1e-9, $"error {error}");
    }

    [Fact]
    public void DirectionalDerivative_is_the_gradient_dotted_with_the_direction()
    {
        var point = V.Dense([0.4, 2.0]);
        var u = V.Dense([0.6, -0.8]);
        Assert.Equal(GradF(point).DotProduct(u), FiniteDifferences.DirectionalDerivative(F, point, u), 9);
        Assert.Throws<ArgumentException>(() => FiniteDifferences.DirectionalDerivative(F, point, V.Dense(3)));
    }

    [Fact]
    public void Jacobian_of_the_gradient_is_the_Hessian()
    {
        var point = V.Dense([-0.5, 1.1]);
        var error = (FiniteDifferences.Jacobian(GradF, point) - HessF(point)).InfinityNorm();
        Assert.True(error < 1e-9, $"error {error}");
    }

    [Fact]
    public void Jacobian_of_a_linear_map_is_its_matrix()
    {
        var a = M.DenseOfArray(new[,] { { 1.0, 2.0, 3.0 }, { -1.0, 0.5, 4.0 } });
        var jacobian = FiniteDifferences.Jacobian(x => a * x, V.Dense([0.1, 0.2, 0.3]));
        Assert.Equal(2, jacobian.RowCount);
        Assert.Equal(3, jacobian.ColumnCount);
        Assert.True((jacobian - a).InfinityNorm() < 1e-9);
    }

    [Fact]
    public void Hessian_from_values_is_symmetric_and_accurate()
    {
        var point = V.Dense([0.8, 0.3]);
        var hessian = FiniteDifferences.Hessian(F, point);
        Assert.Equal(hessian[0, 1], hessian[1, 0]);
        var error = (hessian - HessF(point)).InfinityNorm();
        Assert.True(error < 1e-6, $"error {error}");
    }

    [Fact]
    public void Steps_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FiniteDifferences.Derivative(Math.Sin, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FiniteDifferences.Gradient(F, V.Dense(2), -1));
    }
}
