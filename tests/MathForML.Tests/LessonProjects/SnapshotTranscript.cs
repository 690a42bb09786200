using System.Text.RegularExpressions;
using MathForML.Cells.Outputs;
using MathForML.Generator.Snapshots;

namespace MathForML.Tests.LessonProjects;

/// <summary>
/// What a lesson's console program should print, read from the lesson's verified snapshot: the
/// outputs in order, console text as it was printed and every other output in the text form
/// <see cref="OutputText.ForConsole"/> gives it (for a chart, its description instead of its
/// figure). Blank lines are left out on both sides: a snapshot trims the ends of console text.
/// </summary>
public static partial class SnapshotTranscript
{
    [GeneratedRegex(@"^\[(text|value .+|table .*|chart( .+)?|exception .+|answer .+)\]$")]
    private static partial Regex OutputHeader();

    public static IReadOnlyList<string> Expected(string snapshot)
    {
        var lines = new List<string>();
        string? header = null;
        var body = new List<string>();
        void Flush()
        {
            if (header is null) return;
            if (header.StartsWith("[chart", StringComparison.Ordinal))
            {
                var title = header.Length > "[chart]".Length ? header["[chart ".Length..^1] : null;
                // An explorable chart's frames follow its figure; the console names the values it moves through.
                var frames = body.FindIndex(l => l.StartsWith(SnapshotFormat.FramesPrefix, StringComparison.Ordinal));
                var figure = frames < 0 ? body : body[..frames];
                lines.AddRange(Lines(OutputText.ForConsole(new ChartOutput(string.Join("\n", figure)) { Title = title })));
                if (frames >= 0) lines.Add(body[frames][SnapshotFormat.FramesPrefix.Length..^1]);
            }
            else
            {
                if (header != "[text]") lines.Add(header);
                lines.AddRange(body);
            }
            header = null;
            body.Clear();
        }

        foreach (var line in snapshot.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("## cell ", StringComparison.Ordinal) || line is "(no output)" or "(not run)")
            {
                Flush();
            }
            else if (OutputHeader().IsMatch(line))
            {
                Flush();
                header = line;
            }
            else if (header is not null)
            {
                body.Add(line);
            }
        }
        Flush();
        return [.. lines.Where(l => l.Trim().Length > 0)];
    }

    public static IReadOnlyList<string> Lines(string printed) =>
        [.. printed.Replace("\r\n", "\n").Split('\n').Where(l => l.Trim().Length > 0)];

    /// <summary>Null when equal, else where they first differ, with a few lines of context.</summary>
    public static string? Difference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var i = 0;
        while (i < expected.Count && i < actual.Count && expected[i] == actual[i]) i++;
        if (i == expected.Count && i == actual.Count) return null;
        string Around(IReadOnlyList<string> lines) =>
            string.Join("\n", lines.Skip(Math.Max(0, i - 3)).Take(7).Select((l, k) => (Math.Max(0, i - 3) + k == i ? "> " : "  ") + l));
        return $"first difference at output line {i + 1} of {expected.Count} expected, {actual.Count} printed\n"
            + $"--- expected (from the snapshot)\n{Around(expected)}\n--- printed\n{Around(actual)}";
    }
}
