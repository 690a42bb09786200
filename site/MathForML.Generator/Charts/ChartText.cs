using System.Collections.Concurrent;

namespace MathForML.Generator.Charts;

/// <summary>
/// A chart's words and data table, read from its figure JSON once per process. Every chart is
/// rendered at least twice a build (its lesson page and the print edition) and each time its JSON
/// was parsed again for both: about half the build's rendering work on the full course. Keyed by the
/// JSON itself, so a changed figure is read anew; <c>serve</c> keeps the texts between rebuilds.
/// <see cref="DescribeCharts"/> fills it for a build's charts up front, from the cache kept between builds.
/// </summary>
internal static class ChartText
{
    /// <summary>Far more than a course's charts; when a long <c>serve</c> session passes it, the memo starts again.</summary>
    private const int Limit = 4096;

    private static readonly ConcurrentDictionary<string, ChartTextEntry> Known = new(StringComparer.Ordinal);

    public static ChartTextEntry Of(string figureJson)
    {
        if (Known.TryGetValue(figureJson, out var known)) return known;
        var text = ChartTextCache.Read(figureJson);
        Remember(figureJson, text);
        return text;
    }

    /// <summary>The figure's texts if this process read them already.</summary>
    public static ChartTextEntry? Remembered(string figureJson) => Known.GetValueOrDefault(figureJson);

    public static void Remember(string figureJson, ChartTextEntry text)
    {
        if (Known.Count >= Limit) Known.Clear();
        Known[figureJson] = text;
    }
}
