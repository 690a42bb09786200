using System.Text.Json;

namespace MathForML.Cells.Charts.Traces;

/// <summary>
/// A segment with an arrow head at its end: a two-point scatter whose second marker is plotly's
/// "arrow" symbol turned along the segment (<c>angleref: "previous"</c>); the first marker has size 0
/// so only the head shows. Vectors in the linear-algebra lessons are drawn this way.
/// </summary>
internal sealed class ArrowTrace(double x0, double y0, double x1, double y1, string? name) : Trace
{
    private const int HeadSize = 12;

    public override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "scatter");
        writer.WriteString("mode", "lines+markers");
        WriteName(writer, name);
        FigureJson.WriteNumbers(writer, "x", [x0, x1]);
        FigureJson.WriteNumbers(writer, "y", [y0, y1]);
        writer.WriteStartObject("marker");
        writer.WriteString("symbol", "arrow");
        writer.WriteString("angleref", "previous");
        writer.WriteStartArray("size");
        writer.WriteNumberValue(0);
        writer.WriteNumberValue(HeadSize);
        writer.WriteEndArray();
        writer.WriteEndObject();
        // An unnamed arrow is a drawing aid; a "trace 3" legend entry for it would only be noise.
        if (name is null) writer.WriteBoolean("showlegend", false);
        writer.WriteEndObject();
    }
}
