using System.Globalization;
using System.Text;
using System.Text.Json;
using MathForML.Cells.Outputs;
using MathForML.Generator.Model;

namespace MathForML.Generator.Snapshots;

/// <summary>
/// Writes a lesson's cell outputs as stable, reviewable text: one section per cell, headed by its
/// number and first line of code (not its line number, so prose edits leave snapshots alone), then
/// each output with its kind. Chart JSON is pretty-printed with number arrays kept on one line,
/// so a changed value shows as a one-line diff. An explorable chart's other frames follow its figure,
/// each with its long arrays summarised (count, range and a short hash), so that a changed frame
/// still shows in the diff without a sweep of twenty frames burying the review.
/// </summary>
public static class SnapshotFormat
{
    public static string Write(Document lesson)
    {
        var text = new StringBuilder();
        text.Append("# Cell outputs of ").Append(lesson.SourcePath).Append('\n');
        text.Append("# Verified snapshot: review changes like code; accept new outputs with `accept`.\n");
        foreach (var cell in lesson.Cells.Where(c => c.Flags.Run))
        {
            text.Append('\n').Append("## cell ").Append((cell.Index + 1).ToString(CultureInfo.InvariantCulture));
            var firstLine = cell.Code.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
            if (firstLine.Length > 72) firstLine = firstLine[..71] + "…";
            text.Append(": ").Append(firstLine).Append('\n');
            if (!lesson.Results.TryGetValue(cell.Index, out var result))
            {
                text.Append("(not run)\n");
                continue;
            }
            if (result.Outputs.Count == 0) text.Append("(no output)\n");
            foreach (var output in result.Outputs) WriteOutput(output, text);
        }
        return text.ToString();
    }

    private static void WriteOutput(CellOutput output, StringBuilder text)
    {
        text.Append(OutputText.Header(output)).Append('\n');
        // A chart's figure itself, not its description: a changed value must show in the diff.
        if (output is ChartOutput chart)
        {
            text.Append(PrettyJson(chart.FigureJson)).Append('\n');
            if (chart.Frames is { } frames) WriteFrames(frames, text);
        }
        else OutputText.AppendBody(output, text);
    }

    /// <summary>The line that opens an explorable chart's frames: <c>[frames order n: 1, 3, 5 (shown at 3)]</c>.</summary>
    public const string FramesPrefix = "[frames ";

    private static void WriteFrames(ChartFrames frames, StringBuilder text)
    {
        text.Append(FramesPrefix).Append(OutputText.FramesLine(frames)).Append("]\n");
        for (var i = 0; i < frames.Figures.Count; i++)
        {
            if (i == frames.Initial) continue;
            text.Append("--- ").Append(frames.Parameter).Append(" = ").Append(frames.Labels[i]).Append('\n');
            text.Append(PrettyJson(frames.Figures[i], summarizeArrays: true)).Append('\n');
        }
    }

    public static string PrettyJson(string json, bool summarizeArrays = false)
    {
        using var document = JsonDocument.Parse(json);
        var text = new StringBuilder();
        Write(document.RootElement, text, 0, summarizeArrays);
        return text.ToString();
    }

    /// <summary>Arrays with more numbers than this are summarised in a frame that is not the initial one.</summary>
    private const int ListedNumbers = 8;

    private static void Write(JsonElement element, StringBuilder text, int depth, bool summarizeArrays)
    {
        if (summarizeArrays && element.ValueKind == JsonValueKind.Array && ArraySummary.Of(element, ListedNumbers) is { } summary)
        {
            text.Append(summary);
            return;
        }
        var indent = new string(' ', (depth + 1) * 2);
        var closing = new string(' ', depth * 2);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (!element.EnumerateObject().Any()) { text.Append("{}"); return; }
                text.Append("{\n");
                var first = true;
                foreach (var property in element.EnumerateObject())
                {
                    if (!first) text.Append(",\n");
                    first = false;
                    text.Append(indent).Append(JsonSerializer.Serialize(property.Name, Readable)).Append(": ");
                    Write(property.Value, text, depth + 1, summarizeArrays);
                }
                text.Append('\n').Append(closing).Append('}');
                break;
            case JsonValueKind.Array when element.EnumerateArray().All(IsScalar):
                text.Append('[').Append(string.Join(", ", element.EnumerateArray().Select(Scalar))).Append(']');
                break;
            case JsonValueKind.Array:
                text.Append("[\n");
                var firstItem = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!firstItem) text.Append(",\n");
                    firstItem = false;
                    text.Append(indent);
                    Write(item, text, depth + 1, summarizeArrays);
                }
                text.Append('\n').Append(closing).Append(']');
                break;
            case JsonValueKind.String:
                text.Append(JsonSerializer.Serialize(element.GetString(), Readable));
                break;
            default:
                text.Append(element.GetRawText());
                break;
        }
    }

    // Snapshots are read by people, not embedded in HTML: keep "+", "<" and non-ASCII letters as they are.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Scalar(JsonElement e) =>
        e.ValueKind == JsonValueKind.String ? JsonSerializer.Serialize(e.GetString(), Readable) : e.GetRawText();

    private static bool IsScalar(JsonElement e) => e.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);
}
