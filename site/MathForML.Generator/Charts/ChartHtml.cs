using System.Globalization;
using System.Text;
using MathForML.Cells.Charts;
using MathForML.Cells.Outputs;
using static System.Net.WebUtility;

namespace MathForML.Generator.Charts;

/// <summary>
/// A chart on a page: a placeholder that charts.js fills with Plotly when it comes near the
/// viewport, naming the script that holds its figure (<see cref="ChartDataFile"/>), a caption, and a text alternative a screen reader can
/// reach without the drawing: the title and axis titles in the label, and the traces in words
/// and as tables in a collapsed "Chart data" section (built when it opens). A chart with a static image (drawn at build
/// time) shows it inside the placeholder until plotly draws, and wherever plotly does not: without
/// JavaScript and in print. Its alt text is empty: the placeholder's label and the data say it all.
/// </summary>
public static class ChartHtml
{
    public static string Render(ChartOutput chart, int number, ChartRendering? rendering = null)
    {
        rendering ??= ChartRendering.InteractiveWithoutImages;
        var image = rendering.ImageOf(chart.FigureJson);
        var id = "chart-" + number.ToString(CultureInfo.InvariantCulture);
        var (summary, dataTable) = ChartText.Of(chart.FigureJson);
        var title = FirstText(chart.Title, summary.Title) ?? "Chart " + number.ToString(CultureInfo.InvariantCulture);

        var label = new StringBuilder("Chart: ").Append(title);
        if (summary.XAxisTitle is not null || summary.YAxisTitle is not null)
        {
            label.Append(". ");
            if (summary.XAxisTitle is not null) label.Append("Horizontal axis: ").Append(summary.XAxisTitle).Append(". ");
            if (summary.YAxisTitle is not null) label.Append("Vertical axis: ").Append(summary.YAxisTitle).Append('.');
        }
        label.Append(label[^1] == '.' ? " " : ". ").Append("Its data follows in a table.");
        var frames = chart.Frames;
        if (frames is not null && rendering.Interactive)
            label.Append(" A slider below it changes ").Append(frames.Parameter).Append('.');

        var html = new StringBuilder();
        html.Append("<figure class=\"chart\" aria-labelledby=\"").Append(id).Append("-caption\">");
        html.Append("<div class=\"chart-plot\"");
        if (frames is not null) html.Append(" id=\"").Append(id).Append("-plot\"");
        if (rendering.Interactive)
            html.Append(" data-figure=\"").Append(id).Append("\" data-figure-src=\"").Append(HtmlEncode(ChartDataFile.PathOf(chart))).Append('"');
        html.Append(" role=\"img\" aria-label=\"").Append(HtmlEncode(label.ToString().Trim())).Append("\">");
        if (image is not null)
        {
            html.Append("<img class=\"chart-image\" src=\"").Append(HtmlEncode(image.Path)).Append("\" alt=\"\"")
                .Append(rendering.Interactive ? " loading=\"lazy\"" : "")
                .Append(" width=\"").Append(image.Width.ToString(CultureInfo.InvariantCulture))
                .Append("\" height=\"").Append(image.Height.ToString(CultureInfo.InvariantCulture)).Append("\">");
        }
        html.Append("</div>");
        if (frames is not null)
            html.Append(rendering.Interactive ? ChartSliderHtml.Render(id, frames) : ChartSliderHtml.PrintedNote(frames));
        html.Append("<figcaption id=\"").Append(id).Append("-caption\">").Append(HtmlEncode(title)).Append("</figcaption>");

        // Printed without an image, a chart is its data: the print edition opens it.
        html.Append(!rendering.Interactive && image is null ? "<details class=\"chart-data\" open>" : "<details class=\"chart-data\">");
        html.Append("<summary>Chart data<span class=\"visually-hidden\">: ").Append(HtmlEncode(title)).Append("</span></summary>");
        html.Append("<ul class=\"chart-summary\">");
        if (summary.XAxisTitle is not null) html.Append("<li>Horizontal axis: ").Append(HtmlEncode(summary.XAxisTitle)).Append("</li>");
        if (summary.YAxisTitle is not null) html.Append("<li>Vertical axis: ").Append(HtmlEncode(summary.YAxisTitle)).Append("</li>");
        foreach (var trace in summary.Traces) html.Append("<li>").Append(HtmlEncode(trace.Text)).Append("</li>");
        html.Append("</ul>");
        // On a web page the table stays raw text until its section opens (charts.js): a long lesson's
        // tables are thousands of cells a phone would otherwise build before its first paint. A
        // browser without JavaScript reads <noscript> as markup, so the table is there for it.
        if (rendering.Interactive) html.Append("<noscript class=\"chart-table\">").Append(dataTable).Append("</noscript>");
        else html.Append(dataTable);
        html.Append("</details></figure>");
        return html.ToString();
    }

    private static string? FirstText(params string?[] candidates) =>
        candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();
}
