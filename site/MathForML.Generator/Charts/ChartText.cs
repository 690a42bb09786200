using System.Collections.Concurrent;
using MathForML.Cells.Charts;

namespace MathForML.Generator.Charts;

/// <summary>
/// A chart's words and data table, read from its figure JSON once per process. Every chart is
/// rendered at least twice a build (its lesson page and the print edition) and each time its JSON
/// was parsed again for both: about half the build's rendering work on the full course. Keyed by the
/// JSON itself, so a changed figure is read anew; <c>serve</c> keeps the texts between rebuilds.
/// </summary>
internal static class ChartText
{
    /// <summary>Far more than a course's charts; when a long <c>serve</c> session passes it, the memo starts again.</summary>
    private const int Limit = 4096;

    private static readonly ConcurrentDictionary<string, (FigureSummary Summary, string Table)> Known = new(StringComparer.Ordinal);

    public static (FigureSummary Summary, string Table) Of(string figureJson)
    {
        if (Known.TryGetValue(figureJson, out var known)) return known;
        var summary = ChartDescription.Summarize(figureJson);
        var text = (summary, ChartDataTable.Render(figureJson, summary.XAxisTitle, summary.YAxisTitle));
        if (Known.Count >= Limit) Known.Clear();
        Known[figureJson] = text;
        return text;
    }
}
