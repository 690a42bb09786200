// Explicit, though implied here: lesson downloads copy this file into a project without implicit usings.
using System.IO;
using System.Text;
using System.Text.Json;
using MathForML.Cells.Charts.Traces;

namespace MathForML.Cells.Charts;

/// <summary>
/// A plotly.js figure built in C#: traces plus layout settings. Immutable: every <c>With…</c> method
/// returns a new chart, so a chart stored in a variable can be restyled without side effects.
/// Pass it to <c>Display</c> to show it below the cell.
/// </summary>
public sealed class GenericChart
{
    private readonly IReadOnlyList<Trace> _traces;
    private readonly ChartLayout _layout;
    private string? _figureJson;

    internal GenericChart(IReadOnlyList<Trace> traces, ChartLayout layout)
    {
        _traces = traces;
        _layout = layout;
    }

    public string? Title => _layout.Title;
    public string? XAxisTitle => _layout.XAxisTitle;
    public string? YAxisTitle => _layout.YAxisTitle;
    public int? Width => _layout.Width;
    public int? Height => _layout.Height;

    internal IReadOnlyList<Trace> TraceList => _traces;
    internal ChartLayout Layout => _layout;

    /// <summary>What each trace shows, in words: the material for the chart's text alternative.</summary>
    public IReadOnlyList<TraceSummary> Traces => ChartDescription.Summarize(ToFigureJson()).Traces;

    public GenericChart WithTitle(string text) => With(_layout with { Title = Required(text) });
    public GenericChart WithXAxisTitle(string text) => With(_layout with { XAxisTitle = Required(text) });
    public GenericChart WithYAxisTitle(string text) => With(_layout with { YAxisTitle = Required(text) });

    /// <summary>Fixes the figure's size in pixels; without it the chart fills the page's width.</summary>
    public GenericChart WithSize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        return With(_layout with { Width = width, Height = height });
    }

    /// <summary>Makes one unit on x as long as one unit on y, so that angles and circles look right.</summary>
    public GenericChart WithEqualAxes() => With(_layout with { EqualAxes = true });

    /// <summary>
    /// Fixes the horizontal axis to [min, max] instead of fitting the data: a chart's axes stay put
    /// while a slider changes its data (see <see cref="Chart.Sweep{T}(string, IEnumerable{T}, Func{T, GenericChart})"/>).
    /// </summary>
    public GenericChart WithXRange(double min, double max) => With(_layout with { XRange = Range(min, max) });

    /// <summary>Fixes the vertical axis to [min, max] instead of fitting the data.</summary>
    public GenericChart WithYRange(double min, double max) => With(_layout with { YRange = Range(min, max) });

    public GenericChart WithLegend(bool show) => With(_layout with { ShowLegend = show });

    /// <summary>plotly's named colour scales, as <see cref="WithColorScale"/> accepts them.</summary>
    public static IReadOnlyList<string> ColorScales { get; } =
        ["Blackbody", "Bluered", "Blues", "Cividis", "Earth", "Electric", "Greens", "Greys", "Hot", "Jet", "Picnic", "Portland", "Rainbow", "RdBu", "Reds", "Viridis", "YlGnBu", "YlOrRd"];

    /// <summary>
    /// Colours the chart's heatmaps, contours and surfaces with one of plotly's named colour scales
    /// (<see cref="ColorScales"/>), reversed if asked: <c>WithColorScale("Greys", reversed: true)</c>
    /// draws small values dark and large ones light, as a grey-level image.
    /// </summary>
    public GenericChart WithColorScale(string name, bool reversed = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        var known = ColorScales.FirstOrDefault(scale => string.Equals(scale, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"'{name}' is not one of plotly's colour scales: {string.Join(", ", ColorScales)}.", nameof(name));
        if (!_traces.OfType<GridTrace>().Any())
            throw new InvalidOperationException("WithColorScale colours heatmaps, contours and surfaces; this chart has none.");
        return new([.. _traces.Select(trace => trace is GridTrace grid ? grid.WithColorScale(known, reversed) : trace)], _layout);
    }

    /// <summary>The figure as compact plotly JSON: <c>{"data":[…],"layout":{…}}</c>, identical for identical charts.</summary>
    public string ToFigureJson() => _figureJson ??= WriteFigure();

    /// <summary>Title, axes and traces in plain sentences, for readers who cannot see the chart.</summary>
    public string Describe() => ChartDescription.Describe(ToFigureJson());

    public override string ToString() => Describe();

    private GenericChart With(ChartLayout layout) => new(_traces, layout);

    private static (double, double) Range(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || min >= max)
            throw new ArgumentException($"An axis range needs finite min < max, not [{min.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}].");
        return (min, max);
    }

    private static string Required(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text;
    }

    private string WriteFigure()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, FigureJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("data");
            foreach (var trace in _traces) trace.Write(writer);
            writer.WriteEndArray();
            _layout.Write(writer, _traces.Any(trace => trace.IsThreeDimensional));
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
