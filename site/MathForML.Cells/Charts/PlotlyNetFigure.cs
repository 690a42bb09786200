// Explicit, though implied here: lesson downloads copy this file into a project without implicit usings.
using System.IO;
using System.Text;
using System.Text.Json;

namespace MathForML.Cells.Charts;

/// <summary>
/// Rewrites a figure as Plotly.NET serializes it into the form the course's charts have, so that
/// the site styles and sizes it like any other chart.
/// </summary>
public static class PlotlyNetFigure
{
    /// <summary>
    /// Keeps the traces and the layout, minus what would fight the site:
    /// <list type="bullet">
    /// <item>the layout's <c>template</c> (about 9 KB: Plotly.NET's light colours, fonts and colour
    /// scales), because the page applies its own light or dark theme;</item>
    /// <item>a width and height equal to Plotly.NET's defaults (<paramref name="defaultSize"/>), so
    /// the chart fills the page's width like a course chart. A size that differs from the defaults
    /// was set by the author (<c>WithSize</c>) and is kept; a size set to exactly the defaults cannot be
    /// told from them and is dropped;</item>
    /// <item>an empty <c>frames</c> array, which course figures do not have.</item>
    /// </list>
    /// Numbers are written as course figures write them (<c>1</c>, not Plotly.NET's <c>1.0</c>); numbers Plotly.NET wrote as text (<c>"NaN"</c>, <c>"Infinity"</c>) in numeric arrays become
    /// null, as in course figures: plotly.js leaves a gap either way, and the data table then reads a
    /// missing value rather than a label.
    /// </summary>
    public static string Normalize(string plotlyFigureJson, (int Width, int Height)? defaultSize)
    {
        ArgumentNullException.ThrowIfNull(plotlyFigureJson);
        using var document = JsonDocument.Parse(plotlyFigureJson);
        var root = document.RootElement;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, FigureJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            if (root.TryGetProperty("data", out var data)) WriteValue(writer, data);
            else writer.WriteRawValue("[]");
            writer.WritePropertyName("layout");
            if (root.TryGetProperty("layout", out var layout) && layout.ValueKind == JsonValueKind.Object) WriteLayout(writer, layout, defaultSize);
            else writer.WriteRawValue("{}");
            foreach (var property in root.EnumerateObject())
            {
                if (property.NameEquals("data") || property.NameEquals("layout")) continue;
                if (property.NameEquals("frames") && property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() == 0) continue;
                writer.WritePropertyName(property.Name);
                WriteValue(writer, property.Value);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteLayout(Utf8JsonWriter writer, JsonElement layout, (int Width, int Height)? defaultSize)
    {
        var sizeIsDefault = defaultSize is var (w, h)
            && IsInteger(layout, "width", w) && IsInteger(layout, "height", h);
        writer.WriteStartObject();
        foreach (var property in layout.EnumerateObject())
        {
            if (property.NameEquals("template")) continue;
            if (sizeIsDefault && (property.NameEquals("width") || property.NameEquals("height"))) continue;
            writer.WritePropertyName(property.Name);
            WriteValue(writer, property.Value);
        }
        writer.WriteEndObject();
    }

    private static bool IsInteger(JsonElement owner, string name, int expected) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
        && value.TryGetDouble(out var number) && number == expected;

    /// <summary>Copies a value, numbers written as course figures write them and non-finite numbers written as text made null.</summary>
    private static void WriteValue(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    WriteValue(writer, property.Value);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                var numeric = IsNumericArray(value);
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    if (numeric && item.ValueKind == JsonValueKind.String) writer.WriteNullValue();
                    else WriteValue(writer, item);
                }
                writer.WriteEndArray();
                break;
            case JsonValueKind.Number:
                // As course figures write numbers (Plotly.NET writes 1 as 1.0): one text per value in snapshots.
                if (value.TryGetDouble(out var number)) FigureJson.WriteNumber(writer, number);
                else value.WriteTo(writer);
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }

    /// <summary>An array of numbers in which Plotly.NET wrote some non-finite ones as text (and nothing else is text).</summary>
    private static bool IsNumericArray(JsonElement array)
    {
        var anyNumber = false;
        var anyNonFinite = false;
        foreach (var item in array.EnumerateArray())
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.Number:
                    anyNumber = true;
                    break;
                case JsonValueKind.Null:
                    break;
                case JsonValueKind.String when item.GetString() is "NaN" or "Infinity" or "-Infinity":
                    anyNonFinite = true;
                    break;
                default:
                    return false;
            }
        }
        return anyNumber && anyNonFinite;
    }
}
