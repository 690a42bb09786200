using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// Vector and matrix norms and the distances built on them, as the norms lesson defines them:
/// <c>Norms.Lp(x, 3)</c>, the unit circle of a p-norm for charts, cosine similarity, the
/// Mahalanobis distance (through a Cholesky factor, never an explicit inverse), the nuclear norm, and
/// soft-thresholding, the proximal operator of the L1 norm.
/// </summary>
public static class Norms
{
    /// <summary>
    /// ‖x‖ₚ = (Σ|xᵢ|ᵖ)^(1/p) for p &gt; 0, and max|xᵢ| for p = ∞. For 0 &lt; p &lt; 1 the same formula is
    /// not a norm (the triangle inequality fails) but is still what lessons plot. The entries are
    /// divided by the largest |xᵢ| first, so huge or tiny vectors neither overflow nor underflow.
    /// </summary>
    public static double Lp(Vector<double> x, double p)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (!(p > 0)) throw new ArgumentOutOfRangeException(nameof(p), p, "p must be positive (or infinity).");
        var largest = x.Count == 0 ? 0 : x.Enumerate().Max(Math.Abs);
        if (double.IsPositiveInfinity(p) || largest == 0 || double.IsNaN(largest) || double.IsInfinity(largest))
            return largest;
        var sum = x.Enumerate().Sum(xi => Math.Pow(Math.Abs(xi) / largest, p));
        return largest * Math.Pow(sum, 1 / p);
    }

    /// <summary>
    /// The boundary of the unit ball of the p-norm in the plane, {x : ‖x‖ₚ = 1}, as a closed path:
    /// the direction at each angle, scaled to p-length 1. <paramref name="points"/> − 1 should be a
    /// multiple of 8 so that the corners of the p = 1 and p = ∞ balls are points of the path.
    /// </summary>
    public static Polyline UnitCircle(double p, int points = 401)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 3);
        var angles = Grid.Linspace(0, 2 * Math.PI, points);
        var x = new double[points];
        var y = new double[points];
        for (var k = 0; k < points; k++)
        {
            var (c, s) = (Math.Cos(angles[k]), Math.Sin(angles[k]));
            var length = Lp(Vector<double>.Build.Dense([c, s]), p);
            (x[k], y[k]) = (c / length, s / length);
        }
        (x[^1], y[^1]) = (x[0], y[0]); // close exactly
        return new Polyline(x, y);
    }

    /// <summary>cos θ = xᵀy / (‖x‖‖y‖), in [−1, 1]. Undefined (throws) when either vector is zero.</summary>
    public static double Cosine(Vector<double> x, Vector<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var (nx, ny) = (x.L2Norm(), y.L2Norm());
        if (nx == 0 || ny == 0)
            throw new ArgumentException("Cosine similarity is undefined for a zero vector.");
        return Math.Clamp(x.DotProduct(y) / (nx * ny), -1, 1);
    }

    /// <summary>
    /// The Mahalanobis distance √((x − y)ᵀ Σ⁻¹ (x − y)) for a symmetric positive definite covariance Σ.
    /// </summary>
    public static double Mahalanobis(Vector<double> x, Vector<double> y, Matrix<double> covariance) =>
        MahalanobisMetric(covariance)(x, y);

    /// <summary>
    /// The Mahalanobis distance for a fixed covariance Σ as a reusable function. Σ = LLᵀ is factored
    /// once (Cholesky); each call solves Lz = x − y and returns ‖z‖₂, which equals
    /// √((x − y)ᵀ Σ⁻¹ (x − y)) without ever forming Σ⁻¹.
    /// </summary>
    public static Func<Vector<double>, Vector<double>, double> MahalanobisMetric(Matrix<double> covariance)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        if (!LinearAlgebraChecks.IsSymmetric(covariance, 1e-12 * Math.Max(1, covariance.InfinityNorm())))
            throw new ArgumentException("A covariance matrix must be symmetric.", nameof(covariance));
        var lower = covariance.Cholesky().Factor; // throws if Σ is not positive definite
        return (x, y) =>
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            return ForwardSubstitute(lower, x - y).L2Norm();
        };
    }

    /// <summary>The nuclear (trace) norm ‖A‖_* = σ₁ + σ₂ + …, the sum of the singular values.</summary>
    public static double Nuclear(Matrix<double> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Svd(computeVectors: false).S.Sum();
    }

    /// <summary>
    /// Soft-thresholding S_t(v) = sign(v) · max(|v| − t, 0), the proximal operator of the L1 norm:
    /// the w minimizing ½(w − v)² + t|w|. It shrinks v towards 0 by t and sets |v| ≤ t to exactly 0,
    /// which is why the lasso's coordinate descent and proximal gradient give sparse weights. Written
    /// as max(v − t, 0) + min(v + t, 0), which is +0 (not −0) inside [−t, t] and NaN for a NaN v.
    /// </summary>
    public static double SoftThreshold(double value, double threshold)
    {
        if (!(threshold >= 0))
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be non-negative.");
        return Math.Max(value - threshold, 0) + Math.Min(value + threshold, 0);
    }

    /// <summary>
    /// Soft-thresholding of every entry, the proximal operator of t‖x‖₁ (the L1 norm separates into
    /// a sum over coordinates, so its prox acts on each one alone).
    /// </summary>
    public static Vector<double> SoftThreshold(Vector<double> values, double threshold)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!(threshold >= 0))
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be non-negative.");
        return values.Map(v => SoftThreshold(v, threshold));
    }

    // Solves Lz = b for lower-triangular L.
    private static Vector<double> ForwardSubstitute(Matrix<double> lower, Vector<double> b)
    {
        var z = Vector<double>.Build.Dense(b.Count);
        for (var i = 0; i < b.Count; i++)
        {
            var sum = b[i];
            for (var j = 0; j < i; j++) sum -= lower[i, j] * z[j];
            z[i] = sum / lower[i, i];
        }
        return z;
    }
}
