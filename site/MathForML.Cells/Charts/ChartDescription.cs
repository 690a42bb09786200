using System.Text.Json;

namespace MathForML.Cells.Charts;

/// <summary>
/// Builds a chart's text alternative from its figure JSON. Working from the JSON rather than from a
/// <see cref="GenericChart"/> means the page writer, which only receives the serialized figure, can
/// describe exactly what the reader would have seen.
/// </summary>
public static class ChartDescription
{
    public static FigureSummary Summarize(string figureJson)
    {
        ArgumentNullException.ThrowIfNull(figureJson);
        using var document = JsonDocument.Parse(figureJson);
        var root = document.RootElement;

        var traces = new List<TraceSummary>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
            traces.AddRange(data.EnumerateArray().Select(TraceSummarizer.Summarize));

        string? title = null, xTitle = null, yTitle = null;
        if (root.TryGetProperty("layout", out var layout) && layout.ValueKind == JsonValueKind.Object)
        {
            title = TitleText(layout);
            // 3-D figures keep their axes under "scene".
            var axes = layout.TryGetProperty("scene", out var scene) ? scene : layout;
            xTitle = axes.TryGetProperty("xaxis", out var xAxis) ? TitleText(xAxis) : null;
            yTitle = axes.TryGetProperty("yaxis", out var yAxis) ? TitleText(yAxis) : null;
        }
        return new FigureSummary(title, xTitle, yTitle, traces);
    }

    /// <summary>The figure in plain sentences, one per line (see <see cref="FigureSummary.ToText"/>).</summary>
    public static string Describe(string figureJson) => Summarize(figureJson).ToText();

    private static string? TitleText(JsonElement owner) =>
        owner.ValueKind == JsonValueKind.Object
        && owner.TryGetProperty("title", out var title)
        && title.ValueKind == JsonValueKind.Object
        && title.TryGetProperty("text", out var text)
        && text.ValueKind == JsonValueKind.String
            ? text.GetString()
            : null;
}
