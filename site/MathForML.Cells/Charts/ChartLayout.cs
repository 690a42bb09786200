using System.Text.Json;

namespace MathForML.Cells.Charts;

/// <summary>
/// The layout settings a chart can carry. Every setting is nullable so that <see cref="Chart.Combine(GenericChart[])"/>
/// can let a later chart's explicit setting win without an unset one erasing an earlier value.
/// </summary>
internal sealed record ChartLayout
{
    public static readonly ChartLayout Empty = new();

    public string? Title { get; init; }
    public string? XAxisTitle { get; init; }
    public string? YAxisTitle { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
    public bool? EqualAxes { get; init; }
    public bool? ShowLegend { get; init; }
    public (double Min, double Max)? XRange { get; init; }
    public (double Min, double Max)? YRange { get; init; }

    /// <summary>This layout overridden by every setting <paramref name="later"/> has.</summary>
    public ChartLayout MergedWith(ChartLayout later) => new()
    {
        Title = later.Title ?? Title,
        XAxisTitle = later.XAxisTitle ?? XAxisTitle,
        YAxisTitle = later.YAxisTitle ?? YAxisTitle,
        Width = later.Width ?? Width,
        Height = later.Height ?? Height,
        EqualAxes = later.EqualAxes ?? EqualAxes,
        ShowLegend = later.ShowLegend ?? ShowLegend,
        XRange = later.XRange ?? XRange,
        YRange = later.YRange ?? YRange,
    };

    /// <summary>
    /// Writes the layout object. No colours or fonts: the page applies a light or dark template.
    /// A figure with a 3-D trace puts its axes under <c>scene</c>, where plotly looks for them.
    /// </summary>
    public void Write(Utf8JsonWriter writer, bool threeDimensional)
    {
        writer.WriteStartObject("layout");
        if (Title is not null) FigureJson.WriteTitle(writer, Title);

        if (threeDimensional)
        {
            if (XAxisTitle is not null || YAxisTitle is not null || EqualAxes == true || XRange is not null || YRange is not null)
            {
                writer.WriteStartObject("scene");
                WriteAxis(writer, "xaxis", XAxisTitle, XRange, scaleAnchor: false);
                WriteAxis(writer, "yaxis", YAxisTitle, YRange, scaleAnchor: false);
                // "data" keeps the axes' units proportional, the 3-D meaning of equal axes.
                if (EqualAxes == true) writer.WriteString("aspectmode", "data");
                writer.WriteEndObject();
            }
        }
        else
        {
            WriteAxis(writer, "xaxis", XAxisTitle, XRange, scaleAnchor: false);
            WriteAxis(writer, "yaxis", YAxisTitle, YRange, scaleAnchor: EqualAxes == true);
        }

        if (Width is { } width) writer.WriteNumber("width", width);
        if (Height is { } height) writer.WriteNumber("height", height);
        if (ShowLegend is { } showLegend) writer.WriteBoolean("showlegend", showLegend);
        writer.WriteEndObject();
    }

    private static void WriteAxis(Utf8JsonWriter writer, string name, string? title, (double Min, double Max)? range, bool scaleAnchor)
    {
        if (title is null && range is null && !scaleAnchor) return;
        writer.WriteStartObject(name);
        if (title is not null) FigureJson.WriteTitle(writer, title);
        if (range is var (min, max))
        {
            writer.WriteStartArray("range");
            FigureJson.WriteNumber(writer, min);
            FigureJson.WriteNumber(writer, max);
            writer.WriteEndArray();
        }
        if (scaleAnchor) writer.WriteString("scaleanchor", "x");
        writer.WriteEndObject();
    }
}
