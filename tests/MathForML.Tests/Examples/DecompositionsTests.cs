using MathForML.Examples;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class DecompositionsTests
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;

    [Fact]
    public void Low_rank_approximation_of_full_rank_is_the_matrix_itself()
    {
        var a = M.DenseOfArray(new[,] { { 3.0, 1.0, 2.0 }, { -1.0, 4.0, 0.5 } });
        Assert.True(LinearAlgebraChecks.IsClose(Decompositions.LowRankApproximation(a, 2), a));
    }

    [Fact]
    public void Low_rank_approximation_has_the_requested_rank_and_the_Eckart_Young_error()
    {
        var a = M.Dense(6, 5, (i, j) => Math.Sin(i + 2.0 * j) + 0.1 * i * j);
        var svd = a.Svd(computeVectors: true);
        var a2 = Decompositions.LowRankApproximation(svd, 2);

        Assert.Equal(6, a2.RowCount);
        Assert.Equal(5, a2.ColumnCount);
        Assert.Equal(2, a2.Rank());
        var tail = Math.Sqrt(svd.S.SubVector(2, svd.S.Count - 2).PointwisePower(2).Sum());
        Assert.Equal(tail, (a - a2).FrobeniusNorm(), 10);
        Assert.Equal(svd.S[2], (a - a2).L2Norm(), 10);
    }

    [Fact]
    public void Rank_zero_is_the_zero_matrix_and_too_large_a_rank_is_rejected()
    {
        var a = M.DenseOfArray(new[,] { { 1.0, 2.0 }, { 3.0, 4.0 }, { 5.0, 6.0 } });
        Assert.Equal(M.Dense(3, 2), Decompositions.LowRankApproximation(a, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Decompositions.LowRankApproximation(a, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Decompositions.LowRankApproximation(a, -1));
    }

    [Fact]
    public void An_svd_without_vectors_is_rejected()
    {
        var svd = M.DenseIdentity(2).Svd(computeVectors: false);
        Assert.Throws<ArgumentException>(() => Decompositions.LowRankApproximation(svd, 1));
    }

    [Fact]
    public void Centring_makes_every_column_sum_to_zero()
    {
        var data = M.DenseOfArray(new[,] { { 1.0, 10.0 }, { 2.0, 20.0 }, { 6.0, 0.0 } });
        Assert.Equal([3.0, 10.0], Decompositions.ColumnMeans(data).ToArray());
        var centred = Decompositions.CenterColumns(data);
        Assert.Equal(M.DenseOfArray(new[,] { { -2.0, 0.0 }, { -1.0, 10.0 }, { 3.0, -10.0 } }), centred);
        Assert.Throws<ArgumentException>(() => Decompositions.ColumnMeans(M.Dense(0, 2)));
    }

    [Fact]
    public void Hilbert_matrix_entries_and_conditioning()
    {
        var h = Decompositions.Hilbert(3);
        Assert.Equal(1.0, h[0, 0]);
        Assert.Equal(1.0 / 3, h[1, 1]);
        Assert.Equal(1.0 / 5, h[2, 2]);
        Assert.True(LinearAlgebraChecks.IsSymmetric(h));
        Assert.True(Decompositions.Hilbert(8).ConditionNumber() > 1e9);
        Assert.Throws<ArgumentOutOfRangeException>(() => Decompositions.Hilbert(0));
    }

    [Fact]
    public void Vandermonde_columns_are_powers()
    {
        var v = Decompositions.Vandermonde([2.0, -1.0], 4);
        Assert.Equal(M.DenseOfArray(new[,] { { 1.0, 2.0, 4.0, 8.0 }, { 1.0, -1.0, 1.0, -1.0 } }), v);
        Assert.Throws<ArgumentOutOfRangeException>(() => Decompositions.Vandermonde([1.0], 0));
    }
}
