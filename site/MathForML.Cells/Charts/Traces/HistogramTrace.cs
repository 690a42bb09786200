using System.Text.Json;

namespace MathForML.Cells.Charts.Traces;

/// <summary>A histogram binned by plotly; <c>nbinsx</c> is a maximum bin count plotly may round to nicer edges.</summary>
internal sealed class HistogramTrace(double[] values, int? bins, string? name) : Trace
{
    public override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "histogram");
        WriteName(writer, name);
        FigureJson.WriteNumbers(writer, "x", values);
        if (bins is { } count) writer.WriteNumber("nbinsx", count);
        writer.WriteEndObject();
    }
}
