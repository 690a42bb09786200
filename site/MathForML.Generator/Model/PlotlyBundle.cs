using System.Collections.Frozen;
using System.Text.Json;

namespace MathForML.Generator.Model;

/// <summary>
/// One of plotly.js's ready-made builds, as npm ships it. The cartesian build (1.5 MB, 0.5 MB
/// gzipped) draws every 2-D chart the course makes; the full build (4.8 MB, 1.5 MB gzipped) adds
/// 3-D, maps and the rest. A page, and the build's chart images, use the smallest build that draws
/// all of their figures: readers of a lesson of line plots do not download WebGL, and chromium
/// loads plotly.js in 0.8 s instead of 2 s.
/// </summary>
public sealed record PlotlyBundle(string Package, string FileName)
{
    public static readonly PlotlyBundle Cartesian = new("plotly.js-cartesian-dist-min", "plotly-cartesian.min.js");

    public static readonly PlotlyBundle Full = new("plotly.js-dist-min", "plotly.min.js");

    public static IReadOnlyList<PlotlyBundle> All { get; } = [Cartesian, Full];

    /// <summary>The trace types the cartesian build registers (its README; <c>Plotly.PlotSchema.get().traces</c>).</summary>
    private static readonly FrozenSet<string> CartesianTraces = FrozenSet.ToFrozenSet(
        ["scatter", "bar", "box", "heatmap", "histogram", "histogram2d", "histogram2dcontour", "contour", "scatterternary", "violin", "image", "pie"],
        StringComparer.Ordinal);

    public string PathIn(string nodeModules) => Path.Combine(nodeModules, Package, FileName);

    /// <summary>The smallest build that draws every one of <paramref name="figures"/> (plotly figure JSON).</summary>
    public static PlotlyBundle For(IEnumerable<string> figures) => figures.All(DrawnByCartesian) ? Cartesian : Full;

    /// <summary>
    /// True when every trace of the figure is of a cartesian type (plotly's default type is
    /// scatter). A figure that cannot be read goes to the full build, which draws whatever plotly can.
    /// </summary>
    internal static bool DrawnByCartesian(string figureJson)
    {
        try
        {
            using var figure = JsonDocument.Parse(figureJson);
            if (figure.RootElement.ValueKind != JsonValueKind.Object
                || !figure.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
                return false;
            foreach (var trace in data.EnumerateArray())
            {
                var type = trace.ValueKind == JsonValueKind.Object && trace.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                    ? t.GetString()! : "scatter";
                if (!CartesianTraces.Contains(type)) return false;
            }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

/// <summary>Where a page finds the plotly.js builds.</summary>
public static class PlotlyBundleUrls
{
    /// <summary>The site-relative URL of the given plotly.js build.</summary>
    public static string PlotlyJs(this AssetUrls assets, PlotlyBundle bundle) =>
        bundle == PlotlyBundle.Cartesian ? assets.PlotlyCartesianJs : assets.PlotlyFullJs;
}
