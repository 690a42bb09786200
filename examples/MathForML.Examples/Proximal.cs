using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// Proximal gradient methods for the lasso, min ½‖Ax − b‖² + λ‖x‖₁, as the convexity and duality
/// lesson derives them: the objective, a duality gap that certifies how far an iterate is from
/// optimal, and ISTA and FISTA, which step along the gradient of the smooth part and then apply
/// <see cref="Norms.SoftThreshold(Vector{double}, double)"/>, the prox of the L1 term.
/// </summary>
public static class Proximal
{
    /// <summary>The lasso objective ½‖Ax − b‖² + λ‖x‖₁.</summary>
    public static double LassoObjective(Matrix<double> a, Vector<double> b, Vector<double> x, double lambda)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(x);
        var r = a * x - b;
        return 0.5 * r.DotProduct(r) + lambda * x.L1Norm();
    }

    /// <summary>
    /// The lasso's dual objective g(ν) = −½‖ν‖² − νᵀb, valid (a lower bound on the optimum) for every
    /// ν with ‖Aᵀν‖∞ ≤ λ.
    /// </summary>
    public static double LassoDual(Vector<double> b, Vector<double> nu)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(nu);
        return -0.5 * nu.DotProduct(nu) - nu.DotProduct(b);
    }

    /// <summary>
    /// The dual point built from a primal iterate: the residual ν = Ax − b, scaled down by
    /// min(1, λ/‖Aᵀν‖∞) so that it is dual feasible. At the optimum no scaling is needed.
    /// </summary>
    public static Vector<double> LassoDualPoint(Matrix<double> a, Vector<double> b, Vector<double> x, double lambda)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(x);
        var r = a * x - b;
        var largest = (a.TransposeThisAndMultiply(r)).InfinityNorm();
        return largest > lambda ? r * (lambda / largest) : r;
    }

    /// <summary>
    /// The duality gap P(x) − g(ν(x)) ≥ 0 with ν from <see cref="LassoDualPoint"/>. By weak duality it
    /// bounds P(x) − P* from above, so it is a stopping rule that needs no knowledge of the optimum.
    /// </summary>
    public static double LassoDualityGap(Matrix<double> a, Vector<double> b, Vector<double> x, double lambda) =>
        LassoObjective(a, b, x, lambda) - LassoDual(b, LassoDualPoint(a, b, x, lambda));

    /// <summary>The Lipschitz constant of the gradient of ½‖Ax − b‖²: the largest eigenvalue of AᵀA, σ₁(A)².</summary>
    public static double SmoothnessConstant(Matrix<double> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var s = a.Svd(computeVectors: false).S[0];
        return s * s;
    }

    /// <summary>
    /// ISTA (proximal gradient): x ← S_{λη}(x − ηAᵀ(Ax − b)). Returns x₀ followed by the
    /// <paramref name="iterations"/> iterates. With η = 1/L, P(xₖ) − P* ≤ L‖x₀ − x*‖²/(2k).
    /// </summary>
    public static IReadOnlyList<Vector<double>> Ista(Matrix<double> a, Vector<double> b, double lambda,
        double step, int iterations, Vector<double>? start = null)
    {
        Validate(a, b, lambda, step, iterations);
        var x = start ?? Vector<double>.Build.Dense(a.ColumnCount);
        var iterates = new List<Vector<double>>(iterations + 1) { x };
        for (var k = 0; k < iterations; k++)
        {
            x = Norms.SoftThreshold(x - step * a.TransposeThisAndMultiply(a * x - b), lambda * step);
            iterates.Add(x);
        }
        return iterates;
    }

    /// <summary>
    /// FISTA (Beck and Teboulle): the ISTA step taken from an extrapolated point
    /// yₖ = xₖ + ((tₖ₋₁ − 1)/tₖ)(xₖ − xₖ₋₁), with t₁ = 1 and tₖ₊₁ = (1 + √(1 + 4tₖ²))/2.
    /// With η = 1/L, P(xₖ) − P* ≤ 2L‖x₀ − x*‖²/(k + 1)². Returns x₀ and the iterates xₖ.
    /// </summary>
    public static IReadOnlyList<Vector<double>> Fista(Matrix<double> a, Vector<double> b, double lambda,
        double step, int iterations, Vector<double>? start = null)
    {
        Validate(a, b, lambda, step, iterations);
        var x = start ?? Vector<double>.Build.Dense(a.ColumnCount);
        var y = x;
        var t = 1.0;
        var iterates = new List<Vector<double>>(iterations + 1) { x };
        for (var k = 0; k < iterations; k++)
        {
            var next = Norms.SoftThreshold(y - step * a.TransposeThisAndMultiply(a * y - b), lambda * step);
            var tNext = (1 + Math.Sqrt(1 + 4 * t * t)) / 2;
            y = next + ((t - 1) / tNext) * (next - x);
            (x, t) = (next, tNext);
            iterates.Add(x);
        }
        return iterates;
    }

    private static void Validate(Matrix<double> a, Vector<double> b, double lambda, double step, int iterations)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.RowCount != b.Count) throw new ArgumentException("A must have as many rows as b has entries.", nameof(b));
        if (!(lambda >= 0)) throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be non-negative.");
        if (!(step > 0)) throw new ArgumentOutOfRangeException(nameof(step), step, "The step must be positive.");
        ArgumentOutOfRangeException.ThrowIfNegative(iterations);
    }
}
