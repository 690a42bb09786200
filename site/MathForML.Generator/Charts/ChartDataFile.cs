using System.Runtime.CompilerServices;
using System.Text;
using MathForML.Cells.Outputs;
using MathForML.Generator.Model;

namespace MathForML.Generator.Charts;

/// <summary>
/// A chart's figure, and an explorable chart's frames, in a script of their own
/// (<c>charts/KEY.js</c>) that charts.js loads when the chart nears the screen. Inline they were up
/// to 476 KB of a page (project 02) that a phone downloaded before its first paint, for charts the
/// reader may never scroll to. A classic script rather than JSON to fetch: browsers refuse fetch
/// from <c>file://</c> (the offline edition) but run a script tag. The name is the content's hash,
/// so a file never changes under its name (cached for good) and a chart shown twice is one file.
/// </summary>
public static class ChartDataFile
{
    /// <summary>The global object the scripts put their data in, by key (charts.js reads it).</summary>
    public const string Registry = "MathForMLChartData";

    private static readonly ConditionalWeakTable<ChartOutput, SiteFile> Made = [];

    /// <summary>The file's path in the built site, relative to the site's root like every page.</summary>
    public static string PathOf(ChartOutput chart) => Of(chart).Path;

    /// <summary>The file: made once per output (the page and the build stage both ask).</summary>
    public static SiteFile Of(ChartOutput chart) => Made.GetValue(chart, Make);

    private static SiteFile Make(ChartOutput chart)
    {
        // The body is encoded once: hashed for the name, then wrapped as it is.
        var body = Encoding.UTF8.GetBytes(Body(chart));
        var key = Convert.ToHexStringLower(System.IO.Hashing.XxHash3.Hash(body));
        byte[] script = [.. Encoding.UTF8.GetBytes($"(self.{Registry}=self.{Registry}||{{}})[\"{key}\"]="), .. body, .. ";\n"u8];
        return new SiteFile($"charts/{key}.js", script);
    }

    /// <summary>
    /// <c>{"figure":…,"frames":[…]}</c>: the frames in slider order, the initial one as null since
    /// it is the figure. JSON is valid JavaScript (ES2019 allows U+2028 in strings), and no
    /// <c>&lt;/script&gt;</c> can end a file the way it would end an inline script.
    /// </summary>
    private static string Body(ChartOutput chart)
    {
        var body = new StringBuilder("{\"figure\":").Append(chart.FigureJson);
        if (chart.Frames is { } frames)
        {
            body.Append(",\"frames\":[");
            for (var i = 0; i < frames.Figures.Count; i++)
            {
                if (i > 0) body.Append(',');
                body.Append(i == frames.Initial ? "null" : frames.Figures[i]);
            }
            body.Append(']');
        }
        return body.Append('}').ToString();
    }
}
