using System.Text;
using MathForML.Cells.Charts;

namespace MathForML.Cells.Outputs;

/// <summary>
/// Outputs as plain text, in one form shared by the verified snapshots and by a lesson run as a
/// console program: a header line naming the kind (<c>[table Matrix 2×2]</c>), then the body. Sharing
/// it is what lets a test compare a downloaded lesson's console output with the lesson's snapshot.
/// </summary>
public static class OutputText
{
    /// <summary>The header line, without its newline: <c>[text]</c>, <c>[value double]</c>, <c>[table 3 rows]</c>, <c>[chart Title]</c>, <c>[exception TypeName]</c>, <c>[answer number]</c>.</summary>
    public static string Header(CellOutput output) => output switch
    {
        TextOutput => "[text]",
        ValueOutput v => $"[value {v.TypeName}]",
        TableOutput t => $"[table {t.Caption}]",
        ChartOutput c => string.IsNullOrEmpty(c.Title) ? "[chart]" : $"[chart {c.Title}]",
        ExceptionOutput e => $"[exception {e.TypeName}]",
        AnswerOutput a => AnswerText.Header(a),
        _ => throw new NotSupportedException($"No text form for {output.GetType().Name}"),
    };

    /// <summary>
    /// Appends the body, each line ending in <c>\n</c>: text and values with trailing newlines trimmed,
    /// a table as Markdown rows, an exception's message. A chart's body is its description in words
    /// (axes and traces; the title is in the header), not its figure.
    /// </summary>
    public static void AppendBody(CellOutput output, StringBuilder text)
    {
        switch (output)
        {
            case TextOutput t:
                text.Append(t.Text.Replace("\r\n", "\n").TrimEnd('\n')).Append('\n');
                break;
            case ValueOutput v:
                text.Append(v.Text.Replace("\r\n", "\n").TrimEnd('\n')).Append('\n');
                break;
            case TableOutput t:
                if (t.Columns.Count > 0) text.Append("| ").Append(string.Join(" | ", t.Columns)).Append(" |\n");
                foreach (var row in t.Rows) text.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
                break;
            case ChartOutput c:
                var figure = ChartDescription.Summarize(c.FigureJson);
                if (figure.XAxisTitle is not null) text.Append("x axis: ").Append(figure.XAxisTitle).Append('\n');
                if (figure.YAxisTitle is not null) text.Append("y axis: ").Append(figure.YAxisTitle).Append('\n');
                foreach (var trace in figure.Traces) text.Append(trace.Text).Append('\n');
                if (c.Frames is { } frames) text.Append(FramesLine(frames)).Append('\n');
                break;
            case ExceptionOutput e:
                text.Append(e.Message.TrimEnd('\n')).Append('\n');
                break;
            case AnswerOutput a:
                AnswerText.AppendBody(a, text);
                break;
            default:
                throw new NotSupportedException($"No text form for {output.GetType().Name}");
        }
    }

    /// <summary>The values an explorable chart moves through: <c>order n: 1, 3, 5 (shown at 3)</c>.</summary>
    public static string FramesLine(ChartFrames frames) =>
        $"{frames.Parameter}: {string.Join(", ", frames.Labels)} (shown at {frames.Labels[frames.Initial]})";

    /// <summary>
    /// What a console program prints for an output it displays: the header line and the body. Console
    /// text has no header there: the program wrote it itself.
    /// </summary>
    public static string ForConsole(CellOutput output)
    {
        var text = new StringBuilder();
        if (output is not TextOutput) text.Append(Header(output)).Append('\n');
        AppendBody(output, text);
        return text.ToString();
    }
}
