using System.Text.Json;

namespace MathForML.Cells.Charts.Traces;

/// <summary>A scatter trace drawn as lines (<c>Chart.Line</c>) or markers (<c>Chart.Point</c>).</summary>
internal sealed class ScatterTrace(string mode, string? name, double[] x, double[] y) : Trace
{
    public override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "scatter");
        writer.WriteString("mode", mode);
        WriteName(writer, name);
        FigureJson.WriteNumbers(writer, "x", x);
        FigureJson.WriteNumbers(writer, "y", y);
        writer.WriteEndObject();
    }
}
