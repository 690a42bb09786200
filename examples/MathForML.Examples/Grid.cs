namespace MathForML.Examples;

/// <summary>
/// Evenly spaced points and functions evaluated on a grid, laid out the way the chart API wants a
/// surface: <c>z[i, j]</c> is the value at <c>(x[j], y[i])</c> (row i is the i-th y).
/// </summary>
public static class Grid
{
    /// <summary>
    /// <paramref name="count"/> evenly spaced numbers from <paramref name="start"/> to
    /// <paramref name="stop"/>, both included (like numpy.linspace). The last point is exactly stop.
    /// </summary>
    public static double[] Linspace(double start, double stop, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0) return [];
        if (count == 1) return [start];
        var points = new double[count];
        for (var i = 0; i < count; i++)
            points[i] = start + (stop - start) * i / (count - 1);
        points[^1] = stop;
        return points;
    }

    /// <summary>z[i, j] = f(x[j], y[i]): one row per y value, one column per x value.</summary>
    public static double[,] Evaluate(IReadOnlyList<double> x, IReadOnlyList<double> y, Func<double, double, double> f)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(f);
        var z = new double[y.Count, x.Count];
        for (var i = 0; i < y.Count; i++)
            for (var j = 0; j < x.Count; j++)
                z[i, j] = f(x[j], y[i]);
        return z;
    }

    /// <summary>
    /// The coordinate arrays of the grid (like numpy.meshgrid): X[i, j] = x[j] and Y[i, j] = y[i].
    /// </summary>
    public static (double[,] X, double[,] Y) Meshgrid(IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        (Evaluate(x, y, (xj, _) => xj), Evaluate(x, y, (_, yi) => yi));
}
