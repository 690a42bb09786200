using System.Text.Json;

namespace MathForML.Cells.Charts.Traces;

/// <summary>Bars with category labels on x.</summary>
internal sealed class BarTrace(string[] labels, double[] values, string? name) : Trace
{
    public override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "bar");
        WriteName(writer, name);
        FigureJson.WriteStrings(writer, "x", labels);
        FigureJson.WriteNumbers(writer, "y", values);
        writer.WriteEndObject();
    }
}
