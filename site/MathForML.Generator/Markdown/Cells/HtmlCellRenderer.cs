using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using MathForML.Generator.Highlighting;

namespace MathForML.Generator.Markdown.Cells;

/// <summary>
/// Renders fenced code blocks: an executed cell as its highlighted code (unless <c>hide</c>) followed
/// by its outputs; a display-only C# block highlighted; any other language as plain code.
/// </summary>
public sealed class HtmlCellRenderer : HtmlObjectRenderer<FencedCodeBlock>
{
    protected override void Write(HtmlRenderer renderer, FencedCodeBlock block)
    {
        var code = block.Lines.ToString();
        if (renderer is LessonHtmlRenderer lesson && lesson.CellsByBlock.TryGetValue(block, out var cell))
        {
            renderer.Write("<div class=\"cell\" id=\"cell-").Write((cell.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\">");
            if (!cell.Flags.Hide) WriteCode(renderer, "csharp", code, lesson.Highlighter.Highlight, cssClass: "cell-code");
            var outputs = lesson.Lesson.Results.TryGetValue(cell.Index, out var result) ? result.Outputs : [];
            if (outputs.Count > 0)
            {
                renderer.Write("<div class=\"cell-outputs\">");
                foreach (var output in outputs) renderer.Write(OutputHtml.Render(output, lesson.NextChartNumber, lesson.Charts));
                renderer.Write("</div>");
            }
            renderer.WriteLine("</div>");
            return;
        }

        var language = block.Info?.Trim() ?? "";
        Func<string, string>? highlight = !CellInfo.IsCSharp(language) ? null
            : renderer is LessonHtmlRenderer withCache ? withCache.Highlighter.Highlight : CSharpHighlighter.Highlight;
        WriteCode(renderer, CellInfo.IsCSharp(language) ? "csharp" : language, code, highlight, cssClass: null);
    }

    private static void WriteCode(HtmlRenderer renderer, string language, string code, Func<string, string>? highlight, string? cssClass)
    {
        code = code.TrimEnd('\n', '\r');
        renderer.Write(cssClass is null ? "<pre>" : $"<pre class=\"{cssClass}\">");
        renderer.Write(language.Length > 0 ? $"<code class=\"language-{WebUtility.HtmlEncode(language)}\">" : "<code>");
        renderer.Write(highlight is not null ? highlight(code) : WebUtility.HtmlEncode(code));
        renderer.WriteLine("</code></pre>");
    }
}
