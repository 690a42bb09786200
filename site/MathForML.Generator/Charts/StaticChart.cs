using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using MathForML.Generator.Assets;
using MathForML.Generator.Model;

namespace MathForML.Generator.Charts;

/// <summary>
/// The size a chart's image is drawn at and the key it is cached and published under. A chart with
/// a fixed size (<c>WithSize</c>) keeps it; any other is drawn at the width of the page's content
/// column and the height of the chart box (site.css: <c>--content-w</c> and <c>.chart-plot</c>).
/// </summary>
public static class StaticChart
{
    public static readonly ChartSize DefaultSize = new(720, 420);

    /// <summary>Changes whenever the way images are drawn changes (charts.js's layout, the export script), so old images are not reused.</summary>
    private const string ExportVersion = "svg-2";

    public static ChartSize SizeOf(string figureJson)
    {
        try
        {
            using var json = JsonDocument.Parse(figureJson);
            if (!json.RootElement.TryGetProperty("layout", out var layout) || layout.ValueKind != JsonValueKind.Object) return DefaultSize;
            return new ChartSize(Dimension(layout, "width") ?? DefaultSize.Width, Dimension(layout, "height") ?? DefaultSize.Height);
        }
        catch (JsonException)
        {
            return DefaultSize;
        }
    }

    private static int? Dimension(JsonElement layout, string name) =>
        layout.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && d >= 1 && d <= 10_000
            ? (int)Math.Round(d)
            : null;

    /// <summary>
    /// 16 hex digits of a SHA-256 over the figure, its size, plotly.js's version and how images are
    /// drawn: the same chart gets the same file name in every build, and any change a new one.
    /// </summary>
    public static string Key(string figureJson, ChartSize size, string plotlyVersion)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{ExportVersion}\nplotly {plotlyVersion}\n{size.Width}x{size.Height}\n{figureJson}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>
    /// The plotly.js build that draws a figure, with its version from its package.json
    /// (<c>plotly.js-cartesian-dist-min@4.1.1</c>); "unknown" keeps the cache working, keyed apart.
    /// </summary>
    public static string PlotlyVersion(string? nodeModules, PlotlyBundle bundle)
        => bundle.Package + "@" + (FrontEndPackages.Version(nodeModules, bundle.Package) ?? "unknown");
}
