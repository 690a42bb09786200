using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace MathForML.Generator.Markdown.Formulas;

/// <summary>
/// Inline math (<c>$…$</c>, or <c>$$…$$</c> inside a paragraph) as the MathML made by the math stage.
/// </summary>
public sealed class MathMLInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline math)
    {
        var key = MathSource.Of(math);
        if (renderer is LessonHtmlRenderer lesson && lesson.Lesson.MathHtml.TryGetValue(key, out var html))
        {
            renderer.Write(key.Display ? $"<span class=\"math-display\">{html}</span>" : html);
            return;
        }
        // Not rendered (the math stage reported why): show the source rather than nothing.
        renderer.Write("<code class=\"math-source\">").WriteEscape(key.Tex).Write("</code>");
    }
}
