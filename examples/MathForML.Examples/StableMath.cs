using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// The exponential-and-logarithm functions of ML written so that they neither overflow nor lose their
/// digits: log-sum-exp and softmax shift by the largest entry (e^(z − max) ≤ 1, and at least one term
/// is exactly 1), softplus splits off max(x, 0) and takes log1p of a number in (0, 1], and the sigmoid
/// only ever exponentiates a non-positive number. Lessons 03 and 05 derive these; later lessons call
/// them from here, e.g. <c>StableMath.LogSumExp(z)</c>.
/// </summary>
public static class StableMath
{
    /// <summary>
    /// log Σₖ exp(aₖ) = m + log Σₖ exp(aₖ − m) with m = maxₖ aₖ, so that e^1000 never overflows and
    /// e^−1000 never underflows to a log of 0. Empty input or all −∞ gives −∞ (the log of an empty
    /// sum); an entry of +∞ gives +∞.
    /// </summary>
    public static double LogSumExp(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var terms = values as IReadOnlyList<double> ?? values.ToArray();
        if (terms.Count == 0) return double.NegativeInfinity;
        var largest = terms.Max();
        if (double.IsInfinity(largest)) return largest; // −∞ − (−∞) and ∞ − ∞ would be NaN
        var sum = 0.0;
        foreach (var a in terms) sum += Math.Exp(a - largest);
        return largest + Math.Log(sum);
    }

    /// <summary>
    /// log Σₖ exp(zₖ) of a vector of logits (the log-partition of the softmax), by the same shift:
    /// max(z) + log Σₖ exp(zₖ − max(z)). Its gradient is <see cref="Softmax"/>(z).
    /// </summary>
    public static double LogSumExp(Vector<double> logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (logits.Count == 0) return double.NegativeInfinity;
        var largest = logits.Maximum();
        if (double.IsInfinity(largest)) return largest;
        return largest + Math.Log((logits - largest).PointwiseExp().Sum());
    }

    /// <summary>
    /// log(eᵃ + eᵇ) = max(a, b) + log1p(e^−|a − b|): the two-term case, as in the log-density of a
    /// two-component mixture far from both components, where each eᵃ underflows to 0.
    /// </summary>
    public static double LogSumExp(double a, double b)
    {
        var largest = Math.Max(a, b);
        if (double.IsInfinity(largest)) return largest;
        return largest + SpecialFunctions.Log1p(Math.Exp(-Math.Abs(a - b)));
    }

    /// <summary>
    /// softmax(z)ₖ = exp(zₖ − max z) / Σⱼ exp(zⱼ − max z). The shift cancels in the ratio, so the
    /// result is that of the textbook formula, but no exponential can overflow and the denominator is
    /// at least 1. The logits must be finite.
    /// </summary>
    public static Vector<double> Softmax(Vector<double> logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        var shifted = (logits - logits.Maximum()).PointwiseExp();
        return shifted / shifted.Sum();
    }

    /// <summary>
    /// σ(t) = 1/(1 + e⁻ᵗ), computed as eᵗ/(1 + eᵗ) for t &lt; 0 so that the exponential is at most 1:
    /// σ(−800) is a tiny positive number (0 after underflow), never 1/∞ of an overflowed e⁸⁰⁰ or NaN.
    /// </summary>
    public static double Sigmoid(double t)
    {
        if (t >= 0) return 1 / (1 + Math.Exp(-t));
        var e = Math.Exp(t);
        return e / (1 + e);
    }

    /// <summary>
    /// softplus(t) = log(1 + eᵗ) = max(t, 0) + log1p(e^−|t|): the Bernoulli log-partition and the
    /// logistic loss. Finite for every finite t (softplus(800) = 800, where log(1 + e⁸⁰⁰) is ∞), and
    /// log1p keeps the digits of softplus(−40) ≈ e⁻⁴⁰, which log(1 + e⁻⁴⁰) rounds to 0.
    /// </summary>
    public static double Softplus(double t) => Math.Max(t, 0) + SpecialFunctions.Log1p(Math.Exp(-Math.Abs(t)));
}
