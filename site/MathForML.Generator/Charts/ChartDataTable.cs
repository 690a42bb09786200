using System.Globalization;
using System.Text;
using System.Text.Json;
using MathForML.Cells.Formatting;
using static System.Net.WebUtility;

namespace MathForML.Generator.Charts;

/// <summary>
/// The data behind a chart as HTML tables, read from its plotly figure JSON: one table per trace,
/// x and y (or a z grid) as columns, so a screen reader can go through the numbers the chart draws.
/// </summary>
public static class ChartDataTable
{
    /// <summary>
    /// Rows written per trace. Course figures are small; the cap keeps a dense curve from weighing
    /// on the page, and the trace's sentence in the summary still covers every point.
    /// </summary>
    public const int MaxRows = 100;

    public static string Render(string figureJson, string? xTitle, string? yTitle)
    {
        using var document = JsonDocument.Parse(figureJson);
        if (!document.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array) return "";
        var html = new StringBuilder();
        var number = 0;
        foreach (var trace in data.EnumerateArray())
        {
            number++;
            var name = trace.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            var caption = name ?? "Series " + number.ToString(CultureInfo.InvariantCulture);
            if (trace.TryGetProperty("z", out var z) && z.ValueKind == JsonValueKind.Array)
                Grid(html, caption, Cells(trace, "x"), Cells(trace, "y"), z);
            else
                Columns(html, caption, Cells(trace, "x"), Cells(trace, "y"), xTitle ?? "x", yTitle ?? "y");
        }
        return html.ToString();
    }

    private static void Columns(StringBuilder html, string caption, List<string> x, List<string> y, string xTitle, string yTitle)
    {
        var count = Math.Max(x.Count, y.Count);
        if (count == 0) return;
        html.Append("<table><caption>").Append(HtmlEncode(caption)).Append(Elided(count)).Append("</caption><thead><tr>");
        if (x.Count > 0) html.Append("<th scope=\"col\">").Append(HtmlEncode(xTitle)).Append("</th>");
        if (y.Count > 0) html.Append("<th scope=\"col\">").Append(HtmlEncode(yTitle)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        for (var i = 0; i < Math.Min(count, MaxRows); i++)
        {
            html.Append("<tr>");
            if (x.Count > 0) html.Append("<td>").Append(HtmlEncode(i < x.Count ? x[i] : "")).Append("</td>");
            if (y.Count > 0) html.Append("<td>").Append(HtmlEncode(i < y.Count ? y[i] : "")).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
    }

    private static void Grid(StringBuilder html, string caption, List<string> x, List<string> y, JsonElement z)
    {
        var rows = z.EnumerateArray().Select(Values).ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        if (columns == 0) return;
        html.Append("<table><caption>").Append(HtmlEncode(caption)).Append(Elided(rows.Count)).Append("</caption><thead><tr><td></td>");
        for (var c = 0; c < columns; c++)
            html.Append("<th scope=\"col\">").Append(HtmlEncode(c < x.Count ? x[c] : (c + 1).ToString(CultureInfo.InvariantCulture))).Append("</th>");
        html.Append("</tr></thead><tbody>");
        for (var r = 0; r < Math.Min(rows.Count, MaxRows); r++)
        {
            html.Append("<tr><th scope=\"row\">").Append(HtmlEncode(r < y.Count ? y[r] : (r + 1).ToString(CultureInfo.InvariantCulture))).Append("</th>");
            for (var c = 0; c < columns; c++)
                html.Append("<td>").Append(HtmlEncode(c < rows[r].Count ? rows[r][c] : "")).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
    }

    private static string Elided(int count) =>
        count > MaxRows ? $" (first {MaxRows.ToString(CultureInfo.InvariantCulture)} of {count.ToString(CultureInfo.InvariantCulture)} rows)" : "";

    private static List<string> Cells(JsonElement trace, string name) =>
        trace.TryGetProperty(name, out var values) ? Values(values) : [];

    private static List<string> Values(JsonElement array) =>
        array.ValueKind != JsonValueKind.Array
            ? []
            : array.EnumerateArray().Select(v => v.ValueKind switch
            {
                JsonValueKind.Number => NumberFormat.Compact(v.GetDouble()),
                JsonValueKind.String => v.GetString() ?? "",
                _ => "",
            }).ToList();
}
