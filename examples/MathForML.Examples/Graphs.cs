using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// Graphs as matrices, as the graph theory and spectral methods lesson builds them: adjacency,
/// degree and incidence matrices, the combinatorial and normalized Laplacians, the GCN propagation
/// matrix, connected components, a Gaussian k-nearest-neighbour affinity, a seeded k-means and
/// spectral clustering through MathNet's symmetric eigendecomposition.
/// </summary>
public static class Graphs
{
    /// <summary>The symmetric 0/1 adjacency matrix of an undirected graph on <paramref name="n"/> nodes.</summary>
    public static Matrix<double> Adjacency(int n, IEnumerable<(int From, int To)> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var a = Matrix<double>.Build.Dense(n, n);
        foreach (var (i, j) in edges)
        {
            if (i == j)
            {
                throw new ArgumentException($"self-loop at node {i}", nameof(edges));
            }

            a[i, j] = 1;
            a[j, i] = 1;
        }

        return a;
    }

    /// <summary>
    /// The oriented incidence matrix B (n × m): column e has +1 at the edge's first node and −1 at its
    /// second, so that BBᵀ is the Laplacian.
    /// </summary>
    public static Matrix<double> Incidence(int n, IReadOnlyList<(int From, int To)> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var b = Matrix<double>.Build.Dense(n, edges.Count);
        for (var e = 0; e < edges.Count; e++)
        {
            b[edges[e].From, e] = 1;
            b[edges[e].To, e] = -1;
        }

        return b;
    }

    /// <summary>The degrees d_i = Σ_j A_ij (row sums of a weighted adjacency matrix).</summary>
    public static Vector<double> Degrees(Matrix<double> adjacency)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        return adjacency.RowSums();
    }

    /// <summary>The Laplacian L = D − A.</summary>
    public static Matrix<double> Laplacian(Matrix<double> adjacency)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        return Matrix<double>.Build.DenseOfDiagonalVector(Degrees(adjacency)) - adjacency;
    }

    /// <summary>
    /// The symmetric normalized Laplacian I − D^{-1/2} A D^{-1/2}; an isolated node (degree 0) keeps a
    /// 1 on the diagonal and zeros elsewhere.
    /// </summary>
    public static Matrix<double> NormalizedLaplacian(Matrix<double> adjacency)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        var n = adjacency.RowCount;
        return Matrix<double>.Build.DenseIdentity(n) - SymmetricNormalize(adjacency);
    }

    /// <summary>D^{-1/2} A D^{-1/2}, with 0 for the rows and columns of isolated nodes.</summary>
    public static Matrix<double> SymmetricNormalize(Matrix<double> adjacency)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        var s = Degrees(adjacency).Map(d => d > 0 ? 1 / Math.Sqrt(d) : 0.0);
        return adjacency.MapIndexed((i, j, v) => s[i] * v * s[j]);
    }

    /// <summary>
    /// The propagation matrix of a graph convolutional network (Kipf and Welling):
    /// Â = D̃^{-1/2}(A + I)D̃^{-1/2}, where D̃ holds the degrees of A + I.
    /// </summary>
    public static Matrix<double> GcnPropagation(Matrix<double> adjacency)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        return SymmetricNormalize(adjacency + Matrix<double>.Build.DenseIdentity(adjacency.RowCount));
    }

    /// <summary>The connected component of every node (0, 1, … in order of first appearance), by breadth-first search.</summary>
    public static int[] Components(Matrix<double> adjacency)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        var n = adjacency.RowCount;
        var label = Enumerable.Repeat(-1, n).ToArray();
        var next = 0;
        for (var start = 0; start < n; start++)
        {
            if (label[start] >= 0)
            {
                continue;
            }

            var queue = new Queue<int>();
            queue.Enqueue(start);
            label[start] = next;
            while (queue.Count > 0)
            {
                var i = queue.Dequeue();
                for (var j = 0; j < n; j++)
                {
                    if (adjacency[i, j] != 0 && label[j] < 0)
                    {
                        label[j] = next;
                        queue.Enqueue(j);
                    }
                }
            }

            next++;
        }

        return label;
    }

    /// <summary>
    /// A symmetric k-nearest-neighbour graph on the rows of <paramref name="points"/>: i and j are joined
    /// when either is among the other's k nearest, with weight exp(−‖xᵢ − xⱼ‖²/(2σ²)).
    /// </summary>
    public static Matrix<double> KnnAffinity(Matrix<double> points, int k, double sigma)
    {
        ArgumentNullException.ThrowIfNull(points);
        var n = points.RowCount;
        var w = Matrix<double>.Build.Dense(n, n);
        for (var i = 0; i < n; i++)
        {
            var row = points.Row(i);
            var nearest = Enumerable.Range(0, n).Where(j => j != i)
                .Select(j => (j, d2: (points.Row(j) - row).DotProduct(points.Row(j) - row)))
                .OrderBy(p => p.d2).ThenBy(p => p.j).Take(k);
            foreach (var (j, d2) in nearest)
            {
                var weight = Math.Exp(-d2 / (2 * sigma * sigma));
                w[i, j] = weight;
                w[j, i] = weight;
            }
        }

        return w;
    }

    /// <summary>
    /// Lloyd's k-means on the rows of <paramref name="points"/>, started from k distinct rows drawn with
    /// <paramref name="random"/>; returns each row's cluster (0 … k−1).
    /// </summary>
    public static int[] KMeans(Matrix<double> points, int k, Random random, int iterations = 100)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(random);
        var n = points.RowCount;
        var order = Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(k).ToArray();
        var centres = order.Select(points.Row).ToArray();
        var labels = new int[n];
        for (var it = 0; it < iterations; it++)
        {
            var changed = false;
            for (var i = 0; i < n; i++)
            {
                var row = points.Row(i);
                var best = Enumerable.Range(0, k).MinBy(c => (row - centres[c]).L2Norm());
                changed |= best != labels[i] || it == 0;
                labels[i] = best;
            }

            for (var c = 0; c < k; c++)
            {
                var members = Enumerable.Range(0, n).Where(i => labels[i] == c).ToArray();
                if (members.Length > 0)
                {
                    centres[c] = members.Select(points.Row).Aggregate((a, b) => a + b) / members.Length;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return labels;
    }

    /// <summary>
    /// The spectral embedding: the eigenvectors of the normalized Laplacian for its
    /// <paramref name="dimensions"/> smallest eigenvalues, as the columns of an n × dimensions matrix,
    /// each row then scaled to unit length (Ng, Jordan and Weiss).
    /// </summary>
    public static Matrix<double> SpectralEmbedding(Matrix<double> adjacency, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        var evd = NormalizedLaplacian(adjacency).Evd(Symmetricity.Symmetric);
        var u = evd.EigenVectors.SubMatrix(0, adjacency.RowCount, 0, dimensions);
        return u.NormalizeRows(2.0);
    }

    /// <summary>Spectral clustering: k-means on the rows of <see cref="SpectralEmbedding"/>.</summary>
    public static int[] SpectralClustering(Matrix<double> adjacency, int k, Random random)
        => KMeans(SpectralEmbedding(adjacency, k), k, random);

    /// <summary>
    /// Two concentric noisy rings in the plane, <paramref name="perRing"/> points each, radii 1 and
    /// 3; returns the points (rows) and each point's ring (0 inner, 1 outer).
    /// </summary>
    public static (Matrix<double> Points, int[] Ring) TwoRings(int perRing, double noise, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var points = Matrix<double>.Build.Dense(2 * perRing, 2);
        var ring = new int[2 * perRing];
        for (var i = 0; i < 2 * perRing; i++)
        {
            ring[i] = i / perRing;
            var radius = (ring[i] == 0 ? 1.0 : 3.0) + noise * (2 * random.NextDouble() - 1);
            var angle = 2 * Math.PI * random.NextDouble();
            points[i, 0] = radius * Math.Cos(angle);
            points[i, 1] = radius * Math.Sin(angle);
        }

        return (points, ring);
    }

    /// <summary>
    /// The fraction of points whose cluster agrees with <paramref name="truth"/> under the better of the two
    /// labelings (for two clusters, whose numbering is arbitrary).
    /// </summary>
    public static double TwoClusterAgreement(int[] labels, int[] truth)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(truth);
        var same = labels.Zip(truth).Count(p => p.First == p.Second) / (double)labels.Length;
        return Math.Max(same, 1 - same);
    }
}
