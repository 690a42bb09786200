namespace MathForML.Cells.Charts;

/// <summary>
/// One trace in words. <paramref name="Kind"/> is "line", "points", "arrow", "bar", "histogram",
/// "heatmap", "contour", "surface" (or plotly's type for anything else); <paramref name="Count"/> is the
/// number of points, bars, values or grid cells; <paramref name="Text"/> is a sentence such as
/// <c>Line "train": 50 points, x from 0 to 49, y from 0.01 to 2.3.</c>
/// </summary>
public sealed record TraceSummary(string Kind, string? Name, int Count, string Text);

/// <summary>A whole figure in words: the material for a chart's text alternative.</summary>
public sealed record FigureSummary(string? Title, string? XAxisTitle, string? YAxisTitle, IReadOnlyList<TraceSummary> Traces)
{
    /// <summary>One line for the title, one per axis title, one per trace.</summary>
    public string ToText()
    {
        var lines = new List<string> { Title is null ? "Chart" : $"Chart: {Title}" };
        if (XAxisTitle is not null) lines.Add($"x axis: {XAxisTitle}");
        if (YAxisTitle is not null) lines.Add($"y axis: {YAxisTitle}");
        lines.AddRange(Traces.Select(trace => trace.Text));
        return string.Join("\n", lines);
    }
}
