using MathForML.Examples;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class DiffusionTests
{
    [Fact]
    public void Noiseless_moons_lie_on_their_half_circles()
    {
        var (points, labels) = Diffusion.TwoMoons(500, 0.0, new Random(1));
        for (var i = 0; i < points.RowCount; i++)
        {
            var (cx, cy) = labels[i] == 0 ? (0.0, 0.0) : (1.0, 0.5);
            var radius = Math.Sqrt((points[i, 0] - cx) * (points[i, 0] - cx) + (points[i, 1] - cy) * (points[i, 1] - cy));
            Assert.Equal(1.0, radius, 12);
            // the upper moon is the upper half circle, the lower moon the lower half of its own circle
            Assert.True(labels[i] == 0 ? points[i, 1] >= 0 : points[i, 1] <= 0.5 + 1e-12);
        }
        Assert.InRange(labels.Count(l => l == 0), 200, 300);
    }

    [Fact]
    public void Moons_are_seeded_and_noise_has_the_requested_spread()
    {
        var (a, _) = Diffusion.TwoMoons(100, 0.1, new Random(7));
        var (b, _) = Diffusion.TwoMoons(100, 0.1, new Random(7));
        Assert.Equal(a, b);
        // Same random stream with and without noise: the difference is the noise alone.
        var (clean, _) = Diffusion.TwoMoons(4000, 0.0, new Random(3));
        var (noisy, _) = Diffusion.TwoMoons(4000, 0.1, new Random(3));
        var residual = (noisy - clean).Enumerate().ToArray();
        var sd = Math.Sqrt(residual.Select(r => r * r).Average());
        Assert.InRange(sd, 0.097, 0.103);
    }

    [Fact]
    public void Energy_distance_of_two_points_and_of_a_set_with_itself()
    {
        // {0, 0} against {d, d} in one dimension: 2d between, 0 within each set.
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 0 }, { 0 } });
        var b = Matrix<double>.Build.DenseOfArray(new double[,] { { 3 }, { 3 } });
        Assert.Equal(6.0, Diffusion.EnergyDistance(a, b), 12);
        Assert.Equal(Diffusion.EnergyDistance(a, b), Diffusion.EnergyDistance(b, a), 12);
        // The U-statistic of a set with itself: 2·(mean over all pairs) − 2·(mean over i ≠ j) = small and negative.
        var (moons, _) = Diffusion.TwoMoons(50, 0.1, new Random(5));
        var self = Diffusion.EnergyDistance(moons, moons);
        var allPairs = moons.EnumerateRows().SelectMany(p => moons.EnumerateRows(), (p, q) => (p - q).L2Norm()).Average();
        var offDiagonal = allPairs * 50 * 50 / (50 * 49.0);
        Assert.Equal(2 * allPairs - 2 * offDiagonal, self, 12);
    }

    [Fact]
    public void Energy_distance_separates_distributions_and_not_two_samples_of_one()
    {
        var (first, _) = Diffusion.TwoMoons(400, 0.05, new Random(11));
        var (second, _) = Diffusion.TwoMoons(400, 0.05, new Random(12));
        var random = new Random(13);
        var wide = Matrix<double>.Build.Dense(400, 2, (_, _) => MathNet.Numerics.Distributions.Normal.Sample(random, 0.5, 0.8));
        var same = Diffusion.EnergyDistance(first, second);
        var different = Diffusion.EnergyDistance(first, wide);
        Assert.InRange(same, -0.01, 0.01);
        Assert.True(different > 0.05 && different > 10 * Math.Abs(same), $"energy distance to a Gaussian {different}, between two moon samples {same}");
        Assert.Throws<ArgumentException>(() => Diffusion.EnergyDistance(first, Matrix<double>.Build.Dense(3, 3)));
    }
}
