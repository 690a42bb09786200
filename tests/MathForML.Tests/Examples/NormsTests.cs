using MathForML.Examples;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class NormsTests
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;
    private static readonly VectorBuilder<double> V = Vector<double>.Build;

    [Fact]
    public void Lp_matches_the_textbook_values()
    {
        var x = V.Dense([3.0, -4.0, 0.0]);
        Assert.Equal(7.0, Norms.Lp(x, 1), 12);
        Assert.Equal(5.0, Norms.Lp(x, 2), 12);
        Assert.Equal(4.0, Norms.Lp(x, double.PositiveInfinity));
        Assert.Equal(Math.Pow(27 + 64, 1.0 / 3), Norms.Lp(x, 3), 12);
        Assert.Equal(Math.Pow(Math.Sqrt(3) + 2, 2), Norms.Lp(x, 0.5), 12);
    }

    [Fact]
    public void Lp_of_the_zero_vector_is_zero_for_every_p()
    {
        foreach (var p in new[] { 0.5, 1, 2, double.PositiveInfinity })
            Assert.Equal(0.0, Norms.Lp(V.Dense(3), p));
    }

    [Fact]
    public void Lp_neither_overflows_nor_underflows()
    {
        Assert.Equal(5.0, Norms.Lp(V.Dense([3e300, 4e300]), 2) / 1e300, 12);
        Assert.Equal(5.0, Norms.Lp(V.Dense([3e-300, 4e-300]), 2) * 1e300, 12);
    }

    [Fact]
    public void Lp_rejects_a_nonpositive_p()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Norms.Lp(V.Dense(2), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Norms.Lp(V.Dense(2), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Norms.Lp(V.Dense(2), double.NaN));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    [InlineData(double.PositiveInfinity)]
    public void UnitCircle_is_closed_and_every_point_has_p_length_one(double p)
    {
        var circle = Norms.UnitCircle(p, 81);
        Assert.Equal(81, circle.Count);
        Assert.Equal(circle.X[0], circle.X[^1]);
        Assert.Equal(circle.Y[0], circle.Y[^1]);
        for (var k = 0; k < circle.Count; k++)
            Assert.Equal(1.0, Norms.Lp(V.Dense([circle.X[k], circle.Y[k]]), p), 12);
    }

    [Fact]
    public void UnitCircle_contains_the_corners_of_the_diamond_and_the_square()
    {
        var diamond = Norms.UnitCircle(1, 9);
        Assert.Equal(1.0, diamond.X[0]);
        Assert.Equal(0.0, diamond.Y[0]);
        var square = Norms.UnitCircle(double.PositiveInfinity, 9);
        Assert.Equal(1.0, square.X[1], 12);
        Assert.Equal(1.0, square.Y[1], 12);
    }

    [Fact]
    public void Cosine_is_scale_invariant_and_rejects_zero_vectors()
    {
        var x = V.Dense([1.0, 2.0]);
        var y = V.Dense([2.0, -1.0]);
        Assert.Equal(0.0, Norms.Cosine(x, y), 15);
        Assert.Equal(1.0, Norms.Cosine(x, 3 * x), 15);
        Assert.Equal(-1.0, Norms.Cosine(x, -0.5 * x), 15);
        Assert.Throws<ArgumentException>(() => Norms.Cosine(V.Dense(2), x));
    }

    [Fact]
    public void Mahalanobis_with_the_identity_is_Euclidean()
    {
        var x = V.Dense([1.0, 2.0, 3.0]);
        var y = V.Dense([-1.0, 0.5, 2.0]);
        Assert.Equal((x - y).L2Norm(), Norms.Mahalanobis(x, y, M.DenseIdentity(3)), 14);
    }

    [Fact]
    public void Mahalanobis_matches_the_formula_with_the_inverse()
    {
        var sigma = M.DenseOfArray(new[,] { { 4.0, 1.2 }, { 1.2, 1.0 } });
        var x = V.Dense([1.0, -2.0]);
        var y = V.Dense([0.5, 0.5]);
        var d = x - y;
        Assert.Equal(Math.Sqrt(d * sigma.Inverse() * d), Norms.Mahalanobis(x, y, sigma), 12);
        var metric = Norms.MahalanobisMetric(sigma);
        Assert.Equal(metric(x, y), metric(y, x), 14);
        Assert.Equal(0.0, metric(x, x));
    }

    [Fact]
    public void Mahalanobis_rejects_a_covariance_that_is_not_symmetric_positive_definite()
    {
        Assert.Throws<ArgumentException>(() =>
            Norms.MahalanobisMetric(M.DenseOfArray(new[,] { { 1.0, 0.5 }, { 0.0, 1.0 } })));
        Assert.ThrowsAny<Exception>(() =>
            Norms.MahalanobisMetric(M.DenseOfArray(new[,] { { 1.0, 2.0 }, { 2.0, 1.0 } })));
    }

    [Theory]
    [InlineData(3.0, 1.0, 2.0)]
    [InlineData(-3.0, 1.0, -2.0)]
    [InlineData(0.5, 1.0, 0.0)]
    [InlineData(-0.5, 1.0, 0.0)]
    [InlineData(1.0, 1.0, 0.0)]
    [InlineData(-1.0, 1.0, 0.0)]
    [InlineData(2.5, 0.0, 2.5)]
    public void SoftThreshold_shrinks_towards_zero_and_zeroes_small_values(double value, double threshold, double expected)
    {
        var actual = Norms.SoftThreshold(value, threshold);
        Assert.Equal(expected, actual);
        Assert.False(double.IsNegative(actual) && actual == 0); // +0, never −0
    }

    [Fact]
    public void SoftThreshold_is_the_proximal_operator_of_the_absolute_value()
    {
        // S_t(v) minimizes ½(w − v)² + t|w|; a fine grid agrees.
        var grid = Grid.Linspace(-5, 5, 100_001);
        foreach (var v in new[] { -3.2, -0.4, 0.0, 0.9, 2.7 })
            Assert.Equal(grid.MinBy(w => 0.5 * (w - v) * (w - v) + 1.5 * Math.Abs(w)), Norms.SoftThreshold(v, 1.5), 4);
    }

    [Fact]
    public void SoftThreshold_of_a_vector_acts_on_each_entry()
    {
        var shrunk = Norms.SoftThreshold(V.Dense([3.0, -0.2, -4.0, 0.7]), 0.5);
        Assert.Equal([2.5, 0.0, -3.5, 0.2], shrunk.ToArray(), (a, b) => Math.Abs(a - b) < 1e-15);
    }

    [Fact]
    public void SoftThreshold_rejects_a_negative_threshold_and_keeps_NaN()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Norms.SoftThreshold(1.0, -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Norms.SoftThreshold(V.Dense(2), double.NaN));
        Assert.True(double.IsNaN(Norms.SoftThreshold(double.NaN, 1)));
    }

    [Fact]
    public void Nuclear_is_the_sum_of_the_singular_values()
    {
        var diagonal = M.DenseOfDiagonalArray([3.0, -2.0, 0.5]);
        Assert.Equal(5.5, Norms.Nuclear(diagonal), 12);
        var rankOne = V.Dense([1.0, 2.0]).OuterProduct(V.Dense([2.0, 0.0, 1.0]));
        Assert.Equal(Math.Sqrt(5) * Math.Sqrt(5), Norms.Nuclear(rankOne), 12);
    }
}
