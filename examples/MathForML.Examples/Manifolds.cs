using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// Manifold learning in small, readable form, as the manifold and representation learning lesson
/// derives it: a seeded Swiss roll, Euclidean and graph (geodesic) distances, classical MDS and
/// Isomap, t-SNE's affinities, objective and gradient, UMAP's fuzzy graph and cross-entropy, and
/// two estimators of intrinsic dimension. Everything is O(n²) or O(n³): meant for a few hundred points.
/// </summary>
public static class Manifolds
{
    /// <summary>
    /// A Swiss roll of <paramref name="n"/> points: roll parameter t uniform in [1.5π, 4.5π], height h
    /// uniform in [0, <paramref name="height"/>], point (t cos t, h, t sin t) plus Gaussian noise.
    /// Returns the points (n × 3) and the true 2-D coordinates (t, h).
    /// </summary>
    public static (Matrix<double> Points, Matrix<double> Truth) SwissRoll(int n, int seed, double noise = 0.0, double height = 21.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var random = new Random(seed);
        var normal = new MathNet.Numerics.Distributions.Normal(0, 1, random);
        var points = Matrix<double>.Build.Dense(n, 3);
        var truth = Matrix<double>.Build.Dense(n, 2);
        for (var i = 0; i < n; i++)
        {
            var t = 1.5 * Math.PI * (1 + 2 * random.NextDouble());
            var h = height * random.NextDouble();
            truth[i, 0] = t;
            truth[i, 1] = h;
            points[i, 0] = t * Math.Cos(t) + noise * normal.Sample();
            points[i, 1] = h + noise * normal.Sample();
            points[i, 2] = t * Math.Sin(t) + noise * normal.Sample();
        }
        return (points, truth);
    }

    /// <summary>Arc length of the Swiss roll's spiral r = t from t = a to t = b (exact, closed form).</summary>
    public static double SpiralArcLength(double a, double b)
    {
        static double F(double t) => 0.5 * (t * Math.Sqrt(1 + t * t) + Math.Asinh(t));
        return Math.Abs(F(b) - F(a));
    }

    /// <summary>The matrix of Euclidean distances between the rows of <paramref name="x"/>.</summary>
    public static Matrix<double> PairwiseDistances(Matrix<double> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var n = x.RowCount;
        var d = Matrix<double>.Build.Dense(n, n);
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                double s = 0;
                for (var c = 0; c < x.ColumnCount; c++)
                {
                    var diff = x[i, c] - x[j, c];
                    s += diff * diff;
                }
                d[i, j] = d[j, i] = Math.Sqrt(s);
            }
        }
        return d;
    }

    /// <summary>Indices of the <paramref name="k"/> nearest other points of row <paramref name="i"/> of a distance matrix, nearest first.</summary>
    public static int[] Neighbors(Matrix<double> distances, int i, int k)
    {
        ArgumentNullException.ThrowIfNull(distances);
        return Enumerable.Range(0, distances.RowCount).Where(j => j != i)
            .OrderBy(j => distances[i, j]).ThenBy(j => j).Take(k).ToArray();
    }

    /// <summary>
    /// The symmetric k-nearest-neighbour graph: entry (i, j) is the distance when j is among i's k
    /// nearest or i among j's, +∞ when there is no edge, 0 on the diagonal.
    /// </summary>
    public static Matrix<double> KnnGraph(Matrix<double> distances, int k)
    {
        ArgumentNullException.ThrowIfNull(distances);
        var n = distances.RowCount;
        var g = Matrix<double>.Build.Dense(n, n, double.PositiveInfinity);
        for (var i = 0; i < n; i++)
        {
            g[i, i] = 0;
            foreach (var j in Neighbors(distances, i, k))
            {
                g[i, j] = g[j, i] = distances[i, j];
            }
        }
        return g;
    }

    /// <summary>All-pairs shortest paths by Floyd–Warshall; +∞ between disconnected points.</summary>
    public static Matrix<double> ShortestPaths(Matrix<double> graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.RowCount;
        var d = graph.ToArray();
        for (var m = 0; m < n; m++)
        {
            for (var i = 0; i < n; i++)
            {
                var dim = d[i, m];
                if (double.IsPositiveInfinity(dim)) continue;
                for (var j = 0; j < n; j++)
                {
                    var through = dim + d[m, j];
                    if (through < d[i, j]) d[i, j] = through;
                }
            }
        }
        return Matrix<double>.Build.DenseOfArray(d);
    }

    /// <summary>The double-centred Gram matrix B = −½ J D⁽²⁾ J, J = I − 11ᵀ/n, of a distance matrix.</summary>
    public static Matrix<double> DoubleCenteredGram(Matrix<double> distances)
    {
        ArgumentNullException.ThrowIfNull(distances);
        var n = distances.RowCount;
        var j = Matrix<double>.Build.DenseIdentity(n) - Matrix<double>.Build.Dense(n, n, 1.0 / n);
        return -0.5 * j * distances.PointwisePower(2) * j;
    }

    /// <summary>
    /// Classical (Torgerson) MDS: the top <paramref name="dimensions"/> eigenpairs of the double-centred
    /// Gram matrix give coordinates Y = V Λ^½. Also returns all eigenvalues, largest first.
    /// </summary>
    public static (Matrix<double> Embedding, double[] Eigenvalues) ClassicalMds(Matrix<double> distances, int dimensions)
    {
        var b = DoubleCenteredGram(distances);
        b = 0.5 * (b + b.Transpose());
        var evd = b.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, b.RowCount).OrderByDescending(i => evd.EigenValues[i].Real).ToArray();
        var y = Matrix<double>.Build.Dense(b.RowCount, dimensions);
        for (var c = 0; c < dimensions; c++)
        {
            var lambda = Math.Max(evd.EigenValues[order[c]].Real, 0);
            var v = evd.EigenVectors.Column(order[c]);
            y.SetColumn(c, Math.Sqrt(lambda) * v);
        }
        return (y, order.Select(i => evd.EigenValues[i].Real).ToArray());
    }

    /// <summary>Isomap: kNN graph, shortest paths, classical MDS.</summary>
    public static Matrix<double> Isomap(Matrix<double> points, int k, int dimensions) =>
        ClassicalMds(ShortestPaths(KnnGraph(PairwiseDistances(points), k)), dimensions).Embedding;

    /// <summary>
    /// t-SNE's input affinities: for each i, a Gaussian bandwidth βᵢ = 1/(2σᵢ²) found by bisection so that
    /// the conditional distribution p(j|i) has perplexity e^H = <paramref name="perplexity"/>; then the joint
    /// P = (p(j|i) + p(i|j)) / 2n, which sums to 1.
    /// </summary>
    public static Matrix<double> TsneAffinities(Matrix<double> distances, double perplexity)
    {
        var conditional = TsneConditional(distances, perplexity);
        return (conditional + conditional.Transpose()) / (2.0 * conditional.RowCount);
    }

    /// <summary>
    /// The conditional affinities p(j|i) ∝ exp(−βᵢ d²ᵢⱼ), row i summing to 1, with βᵢ found by bisection so
    /// that row i's perplexity e^{H(Pᵢ)} equals <paramref name="perplexity"/>.
    /// </summary>
    public static Matrix<double> TsneConditional(Matrix<double> distances, double perplexity)
    {
        ArgumentNullException.ThrowIfNull(distances);
        var n = distances.RowCount;
        var conditional = Matrix<double>.Build.Dense(n, n);
        var target = Math.Log(perplexity);
        for (var i = 0; i < n; i++)
        {
            double lo = 0, hi = double.PositiveInfinity, beta = 1;
            var row = new double[n];
            for (var iteration = 0; iteration < 200; iteration++)
            {
                var entropy = RowDistribution(distances, i, beta, row);
                if (Math.Abs(entropy - target) < 1e-10) break;
                if (entropy > target) { lo = beta; beta = double.IsPositiveInfinity(hi) ? beta * 2 : (beta + hi) / 2; }
                else { hi = beta; beta = (beta + lo) / 2; }
            }
            for (var j = 0; j < n; j++) conditional[i, j] = row[j];
        }
        return conditional;
    }

    /// <summary>Fills p(j|i) ∝ exp(−β d²ᵢⱼ) and returns its entropy in nats.</summary>
    private static double RowDistribution(Matrix<double> distances, int i, double beta, double[] row)
    {
        var n = row.Length;
        var minSq = double.PositiveInfinity;
        for (var j = 0; j < n; j++) if (j != i) minSq = Math.Min(minSq, distances[i, j] * distances[i, j]);
        double sum = 0;
        for (var j = 0; j < n; j++)
        {
            row[j] = j == i ? 0 : Math.Exp(-beta * (distances[i, j] * distances[i, j] - minSq));
            sum += row[j];
        }
        double entropy = 0;
        for (var j = 0; j < n; j++)
        {
            row[j] /= sum;
            if (row[j] > 0) entropy -= row[j] * Math.Log(row[j]);
        }
        return entropy;
    }

    /// <summary>The perplexity 2^{H in bits} = e^{H in nats} of row i of a conditional distribution.</summary>
    public static double Perplexity(IEnumerable<double> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Math.Exp(-row.Where(p => p > 0).Sum(p => p * Math.Log(p)));
    }

    /// <summary>t-SNE's output similarities qᵢⱼ = (1 + ‖yᵢ − yⱼ‖²)⁻¹ / Σₖₗ (1 + ‖yₖ − yₗ‖²)⁻¹.</summary>
    public static Matrix<double> TsneQ(Matrix<double> y)
    {
        ArgumentNullException.ThrowIfNull(y);
        var kernel = StudentKernel(y);
        return kernel / kernel.Enumerate().Sum();
    }

    private static Matrix<double> StudentKernel(Matrix<double> y)
    {
        var d = PairwiseDistances(y);
        return Matrix<double>.Build.Dense(y.RowCount, y.RowCount, (i, j) => i == j ? 0 : 1 / (1 + d[i, j] * d[i, j]));
    }

    /// <summary>The t-SNE cost KL(P‖Q) = Σ pᵢⱼ log(pᵢⱼ/qᵢⱼ).</summary>
    public static double TsneCost(Matrix<double> p, Matrix<double> y)
    {
        ArgumentNullException.ThrowIfNull(p);
        var q = TsneQ(y);
        double cost = 0;
        for (var i = 0; i < p.RowCount; i++)
            for (var j = 0; j < p.ColumnCount; j++)
                if (p[i, j] > 0) cost += p[i, j] * Math.Log(p[i, j] / q[i, j]);
        return cost;
    }

    /// <summary>The t-SNE gradient ∂C/∂yᵢ = 4 Σⱼ (pᵢⱼ − qᵢⱼ)(yᵢ − yⱼ)(1 + ‖yᵢ − yⱼ‖²)⁻¹.</summary>
    public static Matrix<double> TsneGradient(Matrix<double> p, Matrix<double> y)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(y);
        var kernel = StudentKernel(y);
        var q = kernel / kernel.Enumerate().Sum();
        var g = Matrix<double>.Build.Dense(y.RowCount, y.ColumnCount);
        for (var i = 0; i < y.RowCount; i++)
            for (var j = 0; j < y.RowCount; j++)
            {
                if (i == j) continue;
                var w = 4 * (p[i, j] - q[i, j]) * kernel[i, j];
                for (var c = 0; c < y.ColumnCount; c++) g[i, c] += w * (y[i, c] - y[j, c]);
            }
        return g;
    }

    /// <summary>
    /// Exact t-SNE by gradient descent with momentum (0.5, then 0.8 after 250 steps) and early
    /// exaggeration (P × <paramref name="exaggeration"/> for the first 100 steps), started from a
    /// seeded N(0, 10⁻⁴) cloud. Returns the embedding and the cost after each step.
    /// </summary>
    public static (Matrix<double> Embedding, double[] Costs) Tsne(Matrix<double> p, int iterations, int seed,
        double learningRate = 100, double exaggeration = 12, int dimensions = 2)
    {
        ArgumentNullException.ThrowIfNull(p);
        var normal = new MathNet.Numerics.Distributions.Normal(0, 1e-2, new Random(seed));
        var y = Matrix<double>.Build.Dense(p.RowCount, dimensions, (_, _) => normal.Sample());
        var velocity = Matrix<double>.Build.Dense(p.RowCount, dimensions);
        var costs = new double[iterations];
        for (var t = 0; t < iterations; t++)
        {
            var pt = t < 100 ? exaggeration * p : p;
            var momentum = t < 250 ? 0.5 : 0.8;
            velocity = momentum * velocity - learningRate * TsneGradient(pt, y);
            y += velocity;
            var means = y.ColumnSums() / y.RowCount;
            y -= Matrix<double>.Build.Dense(y.RowCount, dimensions, (_, c) => means[c]);
            costs[t] = TsneCost(p, y);
        }
        return (y, costs);
    }

    /// <summary>
    /// UMAP's fuzzy graph: for each i, ρᵢ is the distance to its nearest neighbour and σᵢ solves
    /// Σⱼ exp(−(dᵢⱼ − ρᵢ)/σᵢ) = log₂ k over its k neighbours; the directed weights are combined by the
    /// fuzzy union w = a + b − ab. Returns the symmetric weights and the ρ and σ of each point.
    /// </summary>
    public static (Matrix<double> Weights, double[] Rho, double[] Sigma) UmapGraph(Matrix<double> distances, int k)
    {
        ArgumentNullException.ThrowIfNull(distances);
        var n = distances.RowCount;
        var directed = Matrix<double>.Build.Dense(n, n);
        var rho = new double[n];
        var sigma = new double[n];
        var target = Math.Log2(k);
        for (var i = 0; i < n; i++)
        {
            var nb = Neighbors(distances, i, k);
            rho[i] = distances[i, nb[0]];
            double Total(double s) => nb.Sum(j => Math.Exp(-Math.Max(distances[i, j] - rho[i], 0) / s));
            double lo = 1e-12, hi = 1.0;
            while (Total(hi) < target) hi *= 2;
            for (var iteration = 0; iteration < 200; iteration++)
            {
                var mid = 0.5 * (lo + hi);
                if (Total(mid) < target) lo = mid; else hi = mid;
            }
            sigma[i] = 0.5 * (lo + hi);
            foreach (var j in nb) directed[i, j] = Math.Exp(-Math.Max(distances[i, j] - rho[i], 0) / sigma[i]);
        }
        var weights = directed + directed.Transpose() - directed.PointwiseMultiply(directed.Transpose());
        return (weights, rho, sigma);
    }

    /// <summary>UMAP's low-dimensional similarity v = 1 / (1 + a d^{2b}).</summary>
    public static double UmapSimilarity(double distance, double a, double b) => 1 / (1 + a * Math.Pow(distance * distance, b));

    /// <summary>
    /// UMAP's fuzzy-set cross-entropy Σ_{i&lt;j} w log(w/v) + (1 − w) log((1 − w)/(1 − v)) between the graph
    /// weights and the similarities of an embedding (terms with w = 0 or w = 1 taken at their limits).
    /// </summary>
    public static double UmapCrossEntropy(Matrix<double> weights, Matrix<double> embedding, double a, double b)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var d = PairwiseDistances(embedding);
        double total = 0;
        for (var i = 0; i < weights.RowCount; i++)
            for (var j = i + 1; j < weights.RowCount; j++)
            {
                var w = weights[i, j];
                var v = Math.Clamp(UmapSimilarity(d[i, j], a, b), 1e-12, 1 - 1e-12);
                if (w > 0) total += w * Math.Log(w / v);
                if (w < 1) total += (1 - w) * Math.Log((1 - w) / (1 - v));
            }
        return total;
    }

    /// <summary>
    /// The Levina–Bickel maximum-likelihood intrinsic dimension with k neighbours: per point
    /// m̂ᵢ = [ (1/(k−2)) Σ_{j&lt;k} log(T_k/T_j) ]⁻¹ (the unbiased normalisation k − 2 rather than k − 1),
    /// averaged over points, where T_j is the distance to the j-th neighbour.
    /// </summary>
    public static double LevinaBickel(Matrix<double> distances, int k)
    {
        ArgumentNullException.ThrowIfNull(distances);
        var estimates = new double[distances.RowCount];
        for (var i = 0; i < distances.RowCount; i++)
        {
            var t = Neighbors(distances, i, k).Select(j => distances[i, j]).ToArray();
            var s = 0.0;
            for (var j = 0; j < k - 1; j++) s += Math.Log(t[k - 1] / t[j]);
            estimates[i] = (k - 2) / s;
        }
        return estimates.Average();
    }

    /// <summary>
    /// The TwoNN estimate (Facco et al., 2017): with μᵢ = r₂/r₁ the ratio of second to first neighbour
    /// distance, μ is Pareto with exponent d, and the maximum-likelihood d̂ = n / Σ log μᵢ.
    /// </summary>
    public static double TwoNN(Matrix<double> distances)
    {
        ArgumentNullException.ThrowIfNull(distances);
        var n = distances.RowCount;
        var s = 0.0;
        for (var i = 0; i < n; i++)
        {
            var nb = Neighbors(distances, i, 2);
            s += Math.Log(distances[i, nb[1]] / distances[i, nb[0]]);
        }
        return n / s;
    }
}
