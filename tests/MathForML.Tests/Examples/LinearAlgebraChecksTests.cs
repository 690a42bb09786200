using MathForML.Examples;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class LinearAlgebraChecksTests
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;
    private static readonly VectorBuilder<double> V = Vector<double>.Build;

    [Fact]
    public void MaxAbsDiff_of_matrices_is_the_largest_entrywise_difference()
    {
        var a = M.DenseOfArray(new[,] { { 1.0, 2.0 }, { 3.0, 4.0 } });
        var b = M.DenseOfArray(new[,] { { 1.0, 2.5 }, { 2.0, 4.0 } });

        Assert.Equal(1.0, LinearAlgebraChecks.MaxAbsDiff(a, b));
        Assert.Equal(0.0, LinearAlgebraChecks.MaxAbsDiff(a, a));
    }

    [Fact]
    public void MaxAbsDiff_rejects_different_shapes()
    {
        var ex = Assert.Throws<ArgumentException>(() => LinearAlgebraChecks.MaxAbsDiff(M.Dense(2, 3), M.Dense(3, 2)));
        Assert.Contains("2×3", ex.Message);
        Assert.Throws<ArgumentException>(() => LinearAlgebraChecks.MaxAbsDiff(V.Dense(2), V.Dense(3)));
    }

    [Fact]
    public void MaxAbsDiff_of_vectors_and_sequences()
    {
        Assert.Equal(0.5, LinearAlgebraChecks.MaxAbsDiff(V.Dense([1.0, -2.0]), V.Dense([1.5, -2.0])));
        Assert.Equal(3.0, LinearAlgebraChecks.MaxAbsDiff([0.0, 1.0], [0.0, -2.0]));
    }

    [Fact]
    public void NaN_is_never_close()
    {
        var a = V.Dense([1.0, double.NaN]);
        var b = V.Dense([1.0, 2.0]);

        Assert.True(double.IsNaN(LinearAlgebraChecks.MaxAbsDiff(a, b)));
        Assert.False(LinearAlgebraChecks.IsClose(a, b));
        Assert.False(LinearAlgebraChecks.IsClose(double.NaN, double.NaN));
    }

    [Fact]
    public void IsClose_uses_an_absolute_tolerance()
    {
        Assert.True(LinearAlgebraChecks.IsClose(1.0, 1.0 + 1e-13));
        Assert.False(LinearAlgebraChecks.IsClose(1.0, 1.0 + 1e-9));
        Assert.True(LinearAlgebraChecks.IsClose(1.0, 1.0 + 1e-9, tolerance: 1e-8));

        var a = M.DenseIdentity(3);
        Assert.True(LinearAlgebraChecks.IsClose(a, a * (1 + 1e-14)));
        Assert.False(LinearAlgebraChecks.IsClose(a, 2 * a));
    }

    [Fact]
    public void Symmetry_and_orthonormal_columns()
    {
        var b = M.DenseOfArray(new[,] { { 1.0, 2.0 }, { 3.0, 4.0 } });
        Assert.True(LinearAlgebraChecks.IsSymmetric(b.TransposeThisAndMultiply(b)));
        Assert.False(LinearAlgebraChecks.IsSymmetric(b));
        Assert.False(LinearAlgebraChecks.IsSymmetric(M.Dense(2, 3)));

        var t = 0.3;
        var rotation = M.DenseOfArray(new[,] { { Math.Cos(t), -Math.Sin(t) }, { Math.Sin(t), Math.Cos(t) } });
        Assert.True(LinearAlgebraChecks.HasOrthonormalColumns(rotation));
        Assert.False(LinearAlgebraChecks.HasOrthonormalColumns(b));
        // A tall matrix with orthonormal columns (QᵀQ = I though QQᵀ ≠ I).
        Assert.True(LinearAlgebraChecks.HasOrthonormalColumns(M.DenseOfArray(new[,] { { 1.0 }, { 0.0 }, { 0.0 } })));
    }
}
