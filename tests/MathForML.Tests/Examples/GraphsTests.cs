using MathForML.Examples;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class GraphsTests
{
    private static readonly (int, int)[] Path = [(0, 1), (1, 2), (2, 3)];

    [Fact]
    public void Laplacian_is_incidence_times_its_transpose()
    {
        var a = Graphs.Adjacency(4, Path);
        var b = Graphs.Incidence(4, Path);
        Assert.True((Graphs.Laplacian(a) - b * b.Transpose()).InfinityNorm() < 1e-15);
        Assert.Equal([1.0, 2, 2, 1], Graphs.Degrees(a).ToArray());
    }

    [Fact]
    public void Zero_eigenvalues_count_components()
    {
        var a = Graphs.Adjacency(6, [(0, 1), (1, 2), (3, 4)]);
        var eigenvalues = Graphs.Laplacian(a).Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real);
        Assert.Equal(3, eigenvalues.Count(l => Math.Abs(l) < 1e-10));
        Assert.Equal([0, 0, 0, 1, 1, 2], Graphs.Components(a));
    }

    [Fact]
    public void Gcn_propagation_has_largest_eigenvalue_one()
    {
        var a = Graphs.Adjacency(4, Path);
        var eigenvalues = Graphs.GcnPropagation(a).Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).ToArray();
        Assert.Equal(1.0, eigenvalues.Max(), 12);
        Assert.True(eigenvalues.Min() > -1);
    }

    [Fact]
    public void Spectral_clustering_separates_rings_that_kmeans_splits()
    {
        var (points, ring) = Graphs.TwoRings(100, 0.2, new Random(5));
        var kmeans = Graphs.KMeans(points, 2, new Random(1));
        var spectral = Graphs.SpectralClustering(Graphs.KnnAffinity(points, 8, 0.5), 2, new Random(1));
        Assert.True(Graphs.TwoClusterAgreement(kmeans, ring) < 0.8);
        Assert.Equal(1.0, Graphs.TwoClusterAgreement(spectral, ring));
    }

    [Fact]
    public void Isolated_nodes_do_not_divide_by_zero()
    {
        var l = Graphs.NormalizedLaplacian(Graphs.Adjacency(3, [(0, 1)]));
        Assert.Equal(1.0, l[2, 2]);
        Assert.DoesNotContain(l.Enumerate(), double.IsNaN);
    }
}
