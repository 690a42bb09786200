using System.Globalization;
using System.Net;
using System.Text;

namespace MathForML.Bench;

/// <summary>
/// A small line chart written as SVG by hand, for docs/: side-by-side panels, each with its own axes,
/// ticks and legend. No dependency, and GitHub shows the file as an image.
/// </summary>
public static class SvgLineChart
{
    public sealed record Series(string Name, IReadOnlyList<(double X, double Y)> Points, string Color, bool Dashed = false);

    public sealed record Panel(string Title, string XLabel, string YLabel, IReadOnlyList<Series> Series);

    private const int PanelWidth = 380, Height = 300, Left = 52, Right = 14, Top = 34, Bottom = 92;

    public static string Render(string title, IReadOnlyList<Panel> panels)
    {
        var width = PanelWidth * panels.Count;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{Height + 24}\" viewBox=\"0 0 {width} {Height + 24}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{Height + 24}\" fill=\"#ffffff\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width / 2}\" y=\"16\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">{Escape(title)}</text>\n");
        for (var p = 0; p < panels.Count; p++) RenderPanel(svg, panels[p], p * PanelWidth, 20);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void RenderPanel(StringBuilder svg, Panel panel, double offsetX, double offsetY)
    {
        var points = panel.Series.SelectMany(s => s.Points).ToList();
        var xMax = NiceMax(points.Count == 0 ? 1 : points.Max(p => p.X));
        var yMax = NiceMax(points.Count == 0 ? 1 : points.Max(p => p.Y));
        double plotLeft = offsetX + Left, plotRight = offsetX + PanelWidth - Right, plotTop = offsetY + Top, plotBottom = offsetY + Height - Bottom;
        double X(double x) => plotLeft + x / xMax * (plotRight - plotLeft);
        double Y(double y) => plotBottom - y / yMax * (plotBottom - plotTop);

        svg.Append(F($"<text x=\"{(plotLeft + plotRight) / 2}\" y=\"{offsetY + 18}\" text-anchor=\"middle\" font-size=\"12\">{Escape(panel.Title)}</text>\n"));
        foreach (var tick in Ticks(yMax))
        {
            svg.Append(F($"<line x1=\"{plotLeft}\" y1=\"{Y(tick)}\" x2=\"{plotRight}\" y2=\"{Y(tick)}\" stroke=\"#e0e0e0\"/>\n"));
            svg.Append(F($"<text x=\"{plotLeft - 4}\" y=\"{Y(tick) + 4}\" text-anchor=\"end\">{Label(tick)}</text>\n"));
        }
        foreach (var tick in Ticks(xMax))
        {
            svg.Append(F($"<line x1=\"{X(tick)}\" y1=\"{plotBottom}\" x2=\"{X(tick)}\" y2=\"{plotBottom + 4}\" stroke=\"#444\"/>\n"));
            svg.Append(F($"<text x=\"{X(tick)}\" y=\"{plotBottom + 16}\" text-anchor=\"middle\">{Label(tick)}</text>\n"));
        }
        svg.Append(F($"<polyline points=\"{plotLeft},{plotTop} {plotLeft},{plotBottom} {plotRight},{plotBottom}\" fill=\"none\" stroke=\"#444\"/>\n"));
        svg.Append(F($"<text x=\"{(plotLeft + plotRight) / 2}\" y=\"{plotBottom + 32}\" text-anchor=\"middle\">{Escape(panel.XLabel)}</text>\n"));
        svg.Append(F($"<text transform=\"translate({offsetX + 14},{(plotTop + plotBottom) / 2}) rotate(-90)\" text-anchor=\"middle\">{Escape(panel.YLabel)}</text>\n"));

        foreach (var series in panel.Series)
        {
            var path = string.Join(' ', series.Points.Select(p => F($"{X(p.X)},{Y(p.Y)}")));
            var dash = series.Dashed ? " stroke-dasharray=\"5 4\"" : "";
            svg.Append(F($"<polyline points=\"{path}\" fill=\"none\" stroke=\"{series.Color}\" stroke-width=\"2\"{dash}/>\n"));
            if (!series.Dashed)
                foreach (var (x, y) in series.Points)
                    svg.Append(F($"<circle cx=\"{X(x)}\" cy=\"{Y(y)}\" r=\"3\" fill=\"{series.Color}\"><title>{Escape(series.Name)}: {Label(y)} s at {Label(x)}</title></circle>\n"));
        }
        // The legend below the x-axis title, one line per series.
        for (var i = 0; i < panel.Series.Count; i++)
        {
            var series = panel.Series[i];
            var y = plotBottom + 46 + i * 13;
            var dash = series.Dashed ? " stroke-dasharray=\"5 4\"" : "";
            svg.Append(F($"<line x1=\"{plotLeft}\" y1=\"{y - 4}\" x2=\"{plotLeft + 22}\" y2=\"{y - 4}\" stroke=\"{series.Color}\" stroke-width=\"2\"{dash}/>\n"));
            svg.Append(F($"<text x=\"{plotLeft + 28}\" y=\"{y}\">{Escape(series.Name)}</text>\n"));
        }
    }

    /// <summary>The smallest 1, 2 or 5 × 10^k at or above <paramref name="value"/>: the top of an axis.</summary>
    public static double NiceMax(double value)
    {
        if (value <= 0) return 1;
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 2.0, 2.5, 5.0, 10.0 })
            if (step * power >= value * (1 - 1e-9)) return step * power;
        return 10 * power;
    }

    /// <summary>Five ticks from 0 to the top of the axis.</summary>
    public static IEnumerable<double> Ticks(double max) => Enumerable.Range(0, 6).Select(i => max * i / 5);

    private static string Label(double value) => value.ToString(value >= 10 || value == Math.Floor(value) ? "0.#" : "0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    // Coordinates with two decimals in the invariant culture, whatever the machine's.
    private static string F(FormattableString text) => string.Format(CultureInfo.InvariantCulture, text.Format,
        text.GetArguments().Select(a => a is double d ? Math.Round(d, 2) : a).ToArray());
}
