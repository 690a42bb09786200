namespace MathForML.Examples;

/// <summary>
/// Information measures of discrete distributions, in nats (natural logarithm; divide by ln 2 for
/// bits), with the convention 0 · log 0 = 0, the limit of t log t as t → 0⁺, so that an impossible
/// outcome contributes nothing instead of 0 · (−∞) = NaN.
/// </summary>
public static class Information
{
    /// <summary>
    /// The entropy H(p) = −Σₖ pₖ log pₖ of a probability vector, in nats. A negative entry is not a
    /// probability and gives NaN rather than a plausible-looking number.
    /// </summary>
    public static double Entropy(IEnumerable<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var sum = 0.0;
        foreach (var p in probabilities) sum += p == 0 ? 0 : p * Math.Log(p);
        return -sum;
    }
}
