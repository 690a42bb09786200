using System.Globalization;
using MathForML.Cells.Charts.Traces;

namespace MathForML.Cells.Charts;

/// <summary>
/// Factories for the charts the lessons draw, modelled on Plotly.NET's C# API but producing plain
/// plotly.js figure JSON. Inputs are copied, so changing an array afterwards does not change the chart.
/// </summary>
public static class Chart
{
    /// <summary>y against x joined by lines.</summary>
    public static GenericChart Line(IEnumerable<double> x, IEnumerable<double> y, string? name = null) =>
        Scatter("lines", x, y, name, nameof(Line));

    /// <summary>y against x as unconnected markers.</summary>
    public static GenericChart Point(IEnumerable<double> x, IEnumerable<double> y, string? name = null) =>
        Scatter("markers", x, y, name, nameof(Point));

    /// <summary>One bar per label.</summary>
    public static GenericChart Bar(IEnumerable<string> labels, IEnumerable<double> values, string? name = null)
    {
        var labelArray = ChartArguments.Labels(labels, nameof(Bar), nameof(labels));
        var valueArray = ChartArguments.Numbers(values, nameof(Bar), nameof(values));
        ChartArguments.SameLength(labelArray.Length, valueArray.Length, nameof(Bar), nameof(labels), nameof(values));
        return Single(new BarTrace(labelArray, valueArray, name));
    }

    /// <summary>A histogram of the values; <paramref name="bins"/> is the largest number of bins plotly may use.</summary>
    public static GenericChart Histogram(IEnumerable<double> values, int? bins = null, string? name = null)
    {
        var valueArray = ChartArguments.Numbers(values, nameof(Histogram), nameof(values));
        if (bins is <= 0)
            throw new ArgumentOutOfRangeException(nameof(bins), bins, "Chart.Histogram: bins must be positive.");
        return Single(new HistogramTrace(valueArray, bins, name));
    }

    /// <summary>Colours z[i, j] at (x[j], y[i]); without x or y plotly numbers the columns or rows from 0.</summary>
    public static GenericChart Heatmap(double[,] z, IEnumerable<double>? x = null, IEnumerable<double>? y = null)
    {
        var xArray = x is null ? null : ChartArguments.Numbers(x, nameof(Heatmap), nameof(x));
        var yArray = y is null ? null : ChartArguments.Numbers(y, nameof(Heatmap), nameof(y));
        ChartArguments.GridShape(z, xArray?.Length, yArray?.Length, nameof(Heatmap));
        return Single(GridTrace.Numeric("heatmap", z, xArray, yArray));
    }

    /// <summary>A heatmap with category labels, e.g. a confusion matrix: z[i, j] is at column xLabels[j], row yLabels[i].</summary>
    public static GenericChart Heatmap(double[,] z, IEnumerable<string> xLabels, IEnumerable<string> yLabels)
    {
        var xArray = ChartArguments.Labels(xLabels, nameof(Heatmap), nameof(xLabels));
        var yArray = ChartArguments.Labels(yLabels, nameof(Heatmap), nameof(yLabels));
        ChartArguments.GridShape(z, xArray.Length, yArray.Length, nameof(Heatmap));
        return Single(GridTrace.Labelled("heatmap", z, xArray, yArray));
    }

    /// <summary>Contour lines of z[i, j] over (x[j], y[i]), e.g. a loss surface seen from above.</summary>
    public static GenericChart Contour(IEnumerable<double> x, IEnumerable<double> y, double[,] z) =>
        Grid("contour", x, y, z, nameof(Contour));

    /// <summary>A 3-D surface of z[i, j] over (x[j], y[i]).</summary>
    public static GenericChart Surface(IEnumerable<double> x, IEnumerable<double> y, double[,] z) =>
        Grid("surface", x, y, z, nameof(Surface));

    /// <summary>A segment from (x0, y0) to (x1, y1) with an arrow head at (x1, y1): a vector drawn from a point.</summary>
    public static GenericChart Arrow(double x0, double y0, double x1, double y1, string? name = null) =>
        Single(new ArrowTrace(x0, y0, x1, y1, name));

    /// <summary>
    /// Overlays charts: the traces of all of them in order, and the first chart's layout with any
    /// setting a later chart made explicitly taking over.
    /// </summary>
    public static GenericChart Combine(params GenericChart[] charts) => Combine((IEnumerable<GenericChart>)charts);

    /// <inheritdoc cref="Combine(GenericChart[])"/>
    public static GenericChart Combine(IEnumerable<GenericChart> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var list = charts.ToArray();
        if (list.Length == 0) throw new ArgumentException("Chart.Combine: give at least one chart.", nameof(charts));
        if (Array.IndexOf(list, null) is var index and >= 0)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Chart.Combine: chart {index} is null."), nameof(charts));

        var traces = list.SelectMany(chart => chart.TraceList).ToArray();
        var layout = list.Skip(1).Aggregate(list[0].Layout, (merged, chart) => merged.MergedWith(chart.Layout));
        return new GenericChart(traces, layout);
    }

    /// <summary>
    /// A chart the reader explores with a slider: <paramref name="draw"/> draws one frame per value of
    /// the parameter, now, while the cell runs; the page switches between them. Starts at the first value.
    /// </summary>
    /// <example><c>Chart.Sweep("order n", [1, 3, 5, 7], n => Chart.Line(x, x.Select(v => Taylor(v, n))))</c></example>
    public static ChartSweep Sweep<T>(string parameter, IEnumerable<T> values, Func<T, GenericChart> draw) =>
        Sweeps.Make(parameter, values, initial: null, draw);

    /// <summary>A chart the reader explores with a slider, starting at <paramref name="initial"/>, which must be one of the values.</summary>
    public static ChartSweep Sweep<T>(string parameter, IEnumerable<T> values, T initial, Func<T, GenericChart> draw) =>
        Sweeps.Make(parameter, values, new Box<T>(initial), draw);

    private static GenericChart Scatter(string mode, IEnumerable<double> x, IEnumerable<double> y, string? name, string factory)
    {
        var xArray = ChartArguments.Numbers(x, factory, nameof(x));
        var yArray = ChartArguments.Numbers(y, factory, nameof(y));
        ChartArguments.SameLength(xArray.Length, yArray.Length, factory);
        return Single(new ScatterTrace(mode, name, xArray, yArray));
    }

    private static GenericChart Grid(string type, IEnumerable<double> x, IEnumerable<double> y, double[,] z, string factory)
    {
        var xArray = ChartArguments.Numbers(x, factory, nameof(x));
        var yArray = ChartArguments.Numbers(y, factory, nameof(y));
        ChartArguments.GridShape(z, xArray.Length, yArray.Length, factory);
        return Single(GridTrace.Numeric(type, z, xArray, yArray));
    }

    private static GenericChart Single(Trace trace) => new([trace], ChartLayout.Empty);
}
