using System.Net;
using System.Text;
using MathForML.Cells.Outputs;
using MathForML.Generator.Charts;

namespace MathForML.Generator.Markdown.Cells;

/// <summary>How each kind of cell output looks on a page.</summary>
public static class OutputHtml
{
    public static string Render(CellOutput output, Func<int> nextChartNumber, ChartRendering? charts = null) => output switch
    {
        TextOutput t => $"<pre class=\"output-text\">{Encode(t.Text.TrimEnd('\n'))}</pre>",
        ValueOutput v => $"<pre class=\"output-value\">{Encode(v.Text)}</pre>",
        TableOutput t => Table(t),
        ChartOutput c => ChartHtml.Render(c, nextChartNumber(), charts),
        ExceptionOutput e => $"<div class=\"output-error\"><strong>{Encode(e.TypeName)}</strong>: {Encode(e.Message)}</div>",
        _ => throw new NotSupportedException($"No HTML for output {output.GetType().Name}"),
    };

    private static string Table(TableOutput table)
    {
        var html = new StringBuilder("<div class=\"output-table\"><table>");
        html.Append("<caption>").Append(Encode(table.Caption)).Append("</caption>");
        if (table.Columns.Count > 0)
        {
            html.Append("<thead><tr>");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                // The corner above the row headers labels nothing: an empty header cell would confuse screen readers.
                if (i == 0 && table.RowHeaders && table.Columns[0].Length == 0) html.Append("<td></td>");
                else html.Append("<th scope=\"col\">").Append(Encode(table.Columns[i])).Append("</th>");
            }
            html.Append("</tr></thead>");
        }
        html.Append("<tbody>");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var header = i == 0 && table.RowHeaders;
                html.Append(header ? "<th scope=\"row\">" : "<td>").Append(Encode(row[i])).Append(header ? "</th>" : "</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</tbody></table></div>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
