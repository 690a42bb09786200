using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using MathForML.Cells.Outputs;
using MathForML.Generator.Highlighting;
using MathForML.Generator.Markdown.Exercises;
using MathForML.Generator.Model;

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
            if (cell.Flags.Answer)
            {
                WriteAnswerForm(lesson, cell);
                return;
            }
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

    /// <summary>
    /// An answer cell shows no code and no output: the form that checks the reader's answer against
    /// its value. The print edition (no scripts) leaves it out; the solution is printed open there.
    /// </summary>
    private static void WriteAnswerForm(LessonHtmlRenderer lesson, Cell cell)
    {
        if (!lesson.Charts.Interactive || cell.Exercise is not { } exercise) return;
        if (!lesson.Lesson.Results.TryGetValue(cell.Index, out var result) || result.Outputs.OfType<AnswerOutput>().FirstOrDefault() is not { } answer) return;
        var id = "cell-" + (cell.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        lesson.WriteLine(AnswerFormHtml.Render(answer, ExerciseIds.Of(lesson.Lesson, exercise), exercise, id));
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
