namespace MathForML.Examples;

/// <summary>
/// Data shaped for charts. Chart data goes into the page and into the lesson's snapshot, so it is
/// rounded to the digits a reader can see: the page stays light, and a snapshot diff shows a curve
/// that really moved rather than noise in the 16th digit.
/// </summary>
public static class ChartData
{
    /// <summary>
    /// Each value rounded to <paramref name="digits"/> decimals (Math.Round, ties to even): four or
    /// five are plenty for a chart, fewer for scattered sample points.
    /// </summary>
    public static double[] Rounded(IEnumerable<double> values, int digits)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 15);
        return values.Select(v => Math.Round(v, digits)).ToArray();
    }

    /// <summary>
    /// A histogram of <paramref name="values"/> in <paramref name="bins"/> equal bins on [low, high),
    /// scaled to a density (count / (n · width), with n counting every value, also those outside the
    /// range) and returned as the outline of its bars: for each bin the points (left, height) and
    /// (right, height). Drawn with <c>Chart.Line</c> it shares axes with a density curve, which a bar
    /// chart of counts cannot, and its area is the fraction of the values inside [low, high).
    /// </summary>
    public static (double[] X, double[] Y) DensityHistogramOutline(IReadOnlyCollection<double> values,
        double low, double high, int bins)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (!(high > low)) throw new ArgumentException("The range must have high > low.", nameof(high));
        var width = (high - low) / bins;
        var counts = new double[bins];
        foreach (var v in values)
        {
            var k = Math.Floor((v - low) / width); // a double first: a huge or NaN v must not wrap as an int
            if (k >= 0 && k < bins) counts[(int)k]++;
        }
        var x = new double[2 * bins];
        var y = new double[2 * bins];
        for (var k = 0; k < bins; k++)
        {
            var density = counts[k] / (values.Count * width);
            (x[2 * k], x[2 * k + 1]) = (low + k * width, low + (k + 1) * width);
            (y[2 * k], y[2 * k + 1]) = (density, density);
        }
        return (x, y);
    }
}
