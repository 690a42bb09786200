using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace MathForML.Generator.Markdown.Formulas;

/// <summary>Display math (<c>$$</c> on their own lines) as the MathML made by the math stage.</summary>
public sealed class MathMLBlockRenderer : HtmlObjectRenderer<MathBlock>
{
    protected override void Write(HtmlRenderer renderer, MathBlock math)
    {
        var key = MathSource.Of(math);
        if (renderer is LessonHtmlRenderer lesson && lesson.Lesson.MathHtml.TryGetValue(key, out var html))
        {
            renderer.Write("<div class=\"math-display\">").Write(html).WriteLine("</div>");
            return;
        }
        renderer.Write("<pre class=\"math-source\">").WriteEscape(key.Tex).WriteLine("</pre>");
    }
}
