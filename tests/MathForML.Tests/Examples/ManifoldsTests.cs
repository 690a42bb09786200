using MathForML.Examples;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class ManifoldsTests
{
    [Fact]
    public void Classical_mds_recovers_the_distances_of_planar_points()
    {
        var random = new Random(1);
        var x = Matrix<double>.Build.Dense(20, 2, (_, _) => random.NextDouble());
        var d = Manifolds.PairwiseDistances(x);
        var (y, eigenvalues) = Manifolds.ClassicalMds(d, 2);
        Assert.True((Manifolds.PairwiseDistances(y) - d).InfinityNorm() < 1e-9);
        Assert.True(Math.Abs(eigenvalues[2]) < 1e-9);
    }

    [Fact]
    public void Shortest_paths_on_a_path_graph_add_up()
    {
        var x = Matrix<double>.Build.Dense(5, 1, (i, _) => i * i);
        var g = Manifolds.ShortestPaths(Manifolds.KnnGraph(Manifolds.PairwiseDistances(x), 1));
        Assert.Equal(16.0, g[0, 4], 12);
        Assert.Equal(8.0, g[1, 3], 12);
    }

    [Fact]
    public void Tsne_affinities_hit_the_perplexity_and_the_gradient_matches_finite_differences()
    {
        var (points, _) = Manifolds.SwissRoll(30, 2);
        var p = Manifolds.TsneAffinities(Manifolds.PairwiseDistances(points), 5);
        Assert.Equal(1.0, p.Enumerate().Sum(), 12);
        var random = new Random(4);
        var y = Matrix<double>.Build.Dense(30, 2, (_, _) => random.NextDouble());
        var g = Manifolds.TsneGradient(p, y);
        const double h = 1e-6;
        var yp = y.Clone(); yp[3, 1] += h;
        var ym = y.Clone(); ym[3, 1] -= h;
        var fd = (Manifolds.TsneCost(p, yp) - Manifolds.TsneCost(p, ym)) / (2 * h);
        Assert.True(Math.Abs(fd - g[3, 1]) < 1e-7);
    }

    [Fact]
    public void Umap_weights_sum_to_log2_k_per_point()
    {
        var (points, _) = Manifolds.SwissRoll(40, 3);
        var d = Manifolds.PairwiseDistances(points);
        var (_, rho, sigma) = Manifolds.UmapGraph(d, 8);
        var nb = Manifolds.Neighbors(d, 0, 8);
        Assert.Equal(3.0, nb.Sum(j => Math.Exp(-(d[0, j] - rho[0]) / sigma[0])), 8);
    }

    [Fact]
    public void Intrinsic_dimension_estimators_find_two_on_a_plane_in_three_d()
    {
        var random = new Random(5);
        var x = Matrix<double>.Build.Dense(400, 3, (_, c) => c == 2 ? 0 : random.NextDouble());
        var d = Manifolds.PairwiseDistances(x);
        Assert.InRange(Manifolds.LevinaBickel(d, 10), 1.7, 2.3);
        Assert.InRange(Manifolds.TwoNN(d), 1.6, 2.4);
    }

    [Fact]
    public void Spiral_arc_length_matches_a_fine_polyline()
    {
        var t = Enumerable.Range(0, 100_001).Select(i => 1.5 * Math.PI + i * 3 * Math.PI / 100_000).ToArray();
        var length = t.Zip(t.Skip(1), (a, b) => Math.Sqrt(Math.Pow(b * Math.Cos(b) - a * Math.Cos(a), 2) + Math.Pow(b * Math.Sin(b) - a * Math.Sin(a), 2))).Sum();
        Assert.Equal(Manifolds.SpiralArcLength(1.5 * Math.PI, 4.5 * Math.PI), length, 4);
    }
}
