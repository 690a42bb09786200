using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>The state of the soft-margin SVM dual after some SMO steps: the multipliers α, the bias b and the duality gap.</summary>
/// <param name="Alpha">The dual variables, 0 ≤ αᵢ ≤ C with Σ αᵢyᵢ = 0.</param>
/// <param name="Bias">The bias b of the decision function f(x) = Σ αᵢyᵢK(xᵢ, x) + b.</param>
/// <param name="Primal">The primal objective ½‖w‖² + C Σ max(0, 1 − yᵢf(xᵢ)) at w = Σ αᵢyᵢφ(xᵢ).</param>
/// <param name="Dual">The dual objective Σ αᵢ − ½ Σᵢⱼ αᵢαⱼyᵢyⱼKᵢⱼ.</param>
public sealed record SvmState(Vector<double> Alpha, double Bias, double Primal, double Dual)
{
    /// <summary>Primal minus dual: never negative (weak duality), zero at the optimum (strong duality).</summary>
    public double Gap => Primal - Dual;
}

/// <summary>
/// The soft-margin support vector machine solved through its dual,
/// max Σ αᵢ − ½ Σᵢⱼ αᵢαⱼyᵢyⱼKᵢⱼ subject to 0 ≤ αᵢ ≤ C and Σ αᵢyᵢ = 0,
/// by sequential minimal optimization (SMO) with the maximal-violating-pair rule: each step moves the
/// two multipliers that break the KKT conditions most, along the line that keeps Σ αᵢyᵢ = 0, and
/// solves that one-dimensional problem exactly. Deterministic; meant for the small data sets of lessons.
/// </summary>
public static class SupportVectorDual
{
    /// <summary>
    /// Runs SMO on the kernel matrix <paramref name="kernel"/> (Kᵢⱼ = K(xᵢ, xⱼ)) and labels ±1 until the
    /// KKT violation is below <paramref name="tolerance"/> or <paramref name="maxSteps"/> steps are taken.
    /// Returns the state after every step, starting from α = 0.
    /// </summary>
    public static IReadOnlyList<SvmState> Smo(Matrix<double> kernel, IReadOnlyList<double> labels, double c,
        double tolerance = 1e-10, int maxSteps = 10_000)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(labels);
        var n = labels.Count;
        if (kernel.RowCount != n || kernel.ColumnCount != n)
            throw new ArgumentException("The kernel matrix must be n×n for n labels.", nameof(kernel));
        if (labels.Any(y => y != 1 && y != -1)) throw new ArgumentException("Labels must be +1 or −1.", nameof(labels));
        if (!(c > 0)) throw new ArgumentOutOfRangeException(nameof(c), c, "C must be positive.");

        var q = Matrix<double>.Build.Dense(n, n, (i, j) => labels[i] * labels[j] * kernel[i, j]);
        var alpha = Vector<double>.Build.Dense(n);
        var gradient = Vector<double>.Build.Dense(n, -1.0); // ∇(½αᵀQα − Σα) = Qα − 1
        var states = new List<SvmState>();
        for (var step = 0; ; step++)
        {
            var (i, j, up, low) = MostViolatingPair(alpha, gradient, labels, c);
            states.Add(State(kernel, labels, c, alpha, Midpoint(up, low)));
            if (i < 0 || up - low < tolerance || step == maxSteps) break;
            var (oldI, oldJ) = (alpha[i], alpha[j]);
            UpdatePair(q, labels, c, alpha, gradient, i, j);
            var (di, dj) = (alpha[i] - oldI, alpha[j] - oldJ);
            for (var t = 0; t < n; t++) gradient[t] += q[t, i] * di + q[t, j] * dj;
        }
        return states;
    }

    /// <summary>The primal weights w = Σ αᵢyᵢxᵢ of a linear SVM, the points being the rows of <paramref name="points"/>.</summary>
    public static Vector<double> Weights(Matrix<double> points, IReadOnlyList<double> labels, Vector<double> alpha)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(alpha);
        var w = Vector<double>.Build.Dense(points.ColumnCount);
        for (var i = 0; i < labels.Count; i++) w += alpha[i] * labels[i] * points.Row(i);
        return w;
    }

    // i maximizes −yₜ∇ₜ over the multipliers that may move up along yₜ, j minimizes it over those that may
    // move down; at the optimum max ≤ min and −yₜ∇ₜ = b for every free multiplier.
    private static (int I, int J, double Up, double Low) MostViolatingPair(Vector<double> alpha, Vector<double> gradient,
        IReadOnlyList<double> labels, double c)
    {
        var (i, j, up, low) = (-1, -1, double.NegativeInfinity, double.PositiveInfinity);
        for (var t = 0; t < alpha.Count; t++)
        {
            var score = -labels[t] * gradient[t];
            var canRise = labels[t] > 0 ? alpha[t] < c : alpha[t] > 0;
            var canFall = labels[t] > 0 ? alpha[t] > 0 : alpha[t] < c;
            if (canRise && score > up) (i, up) = (t, score);
            if (canFall && score < low) (j, low) = (t, score);
        }
        return (i, j, up, low);
    }

    // b lies between the two scores at the optimum; with one side empty the other bounds it.
    private static double Midpoint(double up, double low) =>
        double.IsFinite(up) && double.IsFinite(low) ? (up + low) / 2 : double.IsFinite(up) ? up : double.IsFinite(low) ? low : 0;

    // The exact minimizer along the feasible line through αᵢ and αⱼ, clipped to the box (as in LIBSVM).
    private static void UpdatePair(Matrix<double> q, IReadOnlyList<double> labels, double c, Vector<double> alpha,
        Vector<double> gradient, int i, int j)
    {
        const double tiny = 1e-12;
        if (labels[i] != labels[j])
        {
            var curvature = Math.Max(q[i, i] + q[j, j] + 2 * q[i, j], tiny);
            var delta = (-gradient[i] - gradient[j]) / curvature;
            var diff = alpha[i] - alpha[j];
            alpha[i] += delta;
            alpha[j] += delta;
            if (diff > 0) { if (alpha[j] < 0) { alpha[j] = 0; alpha[i] = diff; } }
            else if (alpha[i] < 0) { alpha[i] = 0; alpha[j] = -diff; }
            if (diff > 0) { if (alpha[i] > c) { alpha[i] = c; alpha[j] = c - diff; } }
            else if (alpha[j] > c) { alpha[j] = c; alpha[i] = c + diff; }
        }
        else
        {
            var curvature = Math.Max(q[i, i] + q[j, j] - 2 * q[i, j], tiny);
            var delta = (gradient[i] - gradient[j]) / curvature;
            var sum = alpha[i] + alpha[j];
            alpha[i] -= delta;
            alpha[j] += delta;
            if (sum > c) { if (alpha[i] > c) { alpha[i] = c; alpha[j] = sum - c; } }
            else if (alpha[j] < 0) { alpha[j] = 0; alpha[i] = sum; }
            if (sum > c) { if (alpha[j] > c) { alpha[j] = c; alpha[i] = sum - c; } }
            else if (alpha[i] < 0) { alpha[i] = 0; alpha[j] = sum; }
        }
    }

    private static SvmState State(Matrix<double> kernel, IReadOnlyList<double> labels, double c, Vector<double> alpha, double bias)
    {
        var n = labels.Count;
        var ay = Vector<double>.Build.Dense(n, i => alpha[i] * labels[i]);
        var scores = kernel * ay;                       // Σⱼ αⱼyⱼK(xⱼ, xᵢ), without the bias
        var wSquared = ay.DotProduct(scores);           // ‖w‖² = Σᵢⱼ αᵢαⱼyᵢyⱼKᵢⱼ
        var hinge = Enumerable.Range(0, n).Sum(i => Math.Max(0, 1 - labels[i] * (scores[i] + bias)));
        var primal = 0.5 * wSquared + c * hinge;
        var dual = alpha.Sum() - 0.5 * wSquared;
        return new SvmState(alpha.Clone(), bias, primal, dual);
    }
}
