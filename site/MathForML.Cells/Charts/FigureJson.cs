using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace MathForML.Cells.Charts;

/// <summary>
/// Writing helpers for plotly figure JSON. Everything goes through <see cref="Utf8JsonWriter"/> by hand
/// (no reflection serializer) so that property order, number text and escaping never change between
/// runs: the output is compared against snapshots.
/// </summary>
internal static class FigureJson
{
    /// <summary>
    /// Keeps Greek letters and other non-ASCII text readable in snapshots while still escaping the
    /// characters that matter when the JSON is embedded in an HTML page (&lt; &gt; &amp; quotes).
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    /// <summary>Writes a number; NaN and infinities become null because JSON has no text for them (plotly leaves a gap).</summary>
    public static void WriteNumber(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            writer.WriteNullValue();
            return;
        }
        // -0 would otherwise print as "-0", which is noise in a snapshot and means nothing to a chart.
        writer.WriteNumberValue(value == 0 ? 0.0 : value);
    }

    public static void WriteNumbers(Utf8JsonWriter writer, string propertyName, IReadOnlyList<double> values)
    {
        writer.WriteStartArray(propertyName);
        foreach (var value in values) WriteNumber(writer, value);
        writer.WriteEndArray();
    }

    public static void WriteStrings(Utf8JsonWriter writer, string propertyName, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(propertyName);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    /// <summary>Writes z as plotly expects it: an array of rows, z[i, j] being the value at y[i], x[j].</summary>
    public static void WriteRows(Utf8JsonWriter writer, string propertyName, double[,] z)
    {
        writer.WriteStartArray(propertyName);
        for (var i = 0; i < z.GetLength(0); i++)
        {
            writer.WriteStartArray();
            for (var j = 0; j < z.GetLength(1); j++) WriteNumber(writer, z[i, j]);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
    }

    /// <summary>Writes <c>"name":{"title":{"text":…}}</c>-style nested title objects.</summary>
    public static void WriteTitle(Utf8JsonWriter writer, string text)
    {
        writer.WriteStartObject("title");
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }
}
