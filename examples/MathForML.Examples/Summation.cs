namespace MathForML.Examples;

/// <summary>
/// Ways to add many floating-point numbers. The naive loop's error can grow like n·ε·Σ|xᵢ|; pairwise
/// summation (what NumPy does) grows like log₂(n)·ε; Kahan's compensated summation carries the low-order
/// bits each addition drops and keeps the error near 2ε·Σ|xᵢ| whatever n is; Neumaier's variant also
/// handles an addend larger than the running sum (Kahan gives 0 for 1, 1e100, 1, −1e100; Neumaier 2).
/// An optional <c>round</c> simulates a lower-precision accumulator (see <see cref="LowPrecision"/>).
/// </summary>
public static class Summation
{
    private static double Identity(double x) => x;

    /// <summary>The left-to-right loop s ← s + xᵢ.</summary>
    public static double Naive(IEnumerable<double> values, Func<double, double>? round = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var r = round ?? Identity;
        var s = 0.0;
        foreach (var x in values) s = r(s + x);
        return s;
    }

    /// <summary>
    /// Kahan summation: c holds minus the part of the last addend that the sum could not absorb, and is
    /// added back to the next addend.
    /// </summary>
    public static double Kahan(IEnumerable<double> values, Func<double, double>? round = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var r = round ?? Identity;
        double s = 0, c = 0;
        foreach (var x in values)
        {
            var y = r(x - c);
            var t = r(s + y);
            c = r(r(t - s) - y);   // (t − s) is what was really added; minus y leaves the lost part
            s = t;
        }
        return s;
    }

    /// <summary>
    /// Neumaier's improved Kahan–Babuška summation: the error of each addition is computed exactly
    /// (from whichever of s and x is larger in magnitude) and the errors are summed separately.
    /// </summary>
    public static double Neumaier(IEnumerable<double> values, Func<double, double>? round = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var r = round ?? Identity;
        double s = 0, c = 0;
        foreach (var x in values)
        {
            var t = r(s + x);
            c = Math.Abs(s) >= Math.Abs(x) ? r(c + r(r(s - t) + x)) : r(c + r(r(x - t) + s));
            s = t;
        }
        return r(s + c);
    }

    /// <summary>Pairwise (cascade) summation: split in halves, add each half, add the two results.</summary>
    public static double Pairwise(IReadOnlyList<double> values, Func<double, double>? round = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var r = round ?? Identity;
        return Sum(0, values.Count);

        double Sum(int start, int count)
        {
            if (count <= 8)
            {
                var s = 0.0;
                for (var i = start; i < start + count; i++) s = r(s + values[i]);
                return s;
            }
            var half = count / 2;
            return r(Sum(start, half) + Sum(start + half, count - half));
        }
    }
}
