namespace MathForML.Examples;

/// <summary>
/// The trapezoid rule, the quadrature lessons use when they want to show the integral they check
/// rather than call a black box: it replaces the integrand by straight lines between samples, so its
/// error is O(h²) in the step h for a smooth integrand (−(b − a)h²f″/12), and it converges much
/// faster for a smooth integrand that is negligible at both ends, such as a density on a wide interval.
/// </summary>
public static class Quadrature
{
    /// <summary>
    /// ∫ₐᵇ f(x) dx ≈ h(f(a)/2 + f(a + h) + … + f(b − h) + f(b)/2) with <paramref name="steps"/>
    /// equal steps h = (b − a)/steps.
    /// </summary>
    public static double Trapezoid(Func<double, double> f, double a, double b, int steps)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        var step = (b - a) / steps;
        var sum = 0.5 * (f(a) + f(b));
        for (var i = 1; i < steps; i++) sum += f(a + i * step);
        return sum * step;
    }

    /// <summary>
    /// ∫ y dx from samples yᵢ = y(xᵢ) at increasing (not necessarily equally spaced) points xᵢ:
    /// Σᵢ (xᵢ − xᵢ₋₁)(yᵢ + yᵢ₋₁)/2. For values already computed on a grid, such as an unnormalized
    /// posterior whose integral is the evidence.
    /// </summary>
    public static double Trapezoid(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count) throw new ArgumentException("x and y must have the same length.", nameof(y));
        var sum = 0.0;
        for (var i = 1; i < x.Count; i++) sum += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
        return sum;
    }
}
