using Markdig.Extensions.Mathematics;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace MathForML.Generator.Markdown.Katex;

/// <summary>
/// Inline math (<c>$…$</c>, or <c>$$…$$</c> inside a paragraph) as the KaTeX HTML made by the math stage.
/// In a table's header row the glyphs, not the MathML, are what assistive technology reads: a
/// column header must have text of its own (axe-core's empty-table-header finds none in MathML),
/// and a header's formula is a short name, h(x) or A(η), that its glyphs say well.
/// </summary>
public sealed class HtmlKatexInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline math)
    {
        var key = MathSource.Of(math);
        if (renderer is LessonHtmlRenderer lesson && lesson.Lesson.MathHtml.TryGetValue(key, out var html))
        {
            if (InHeaderRow(math)) html = GlyphsForAssistiveTechnology(html);
            renderer.Write(key.Display ? $"<span class=\"math-display\">{html}</span>" : html);
            return;
        }
        // Not rendered (the math stage reported why): show the source rather than nothing.
        renderer.Write("<code class=\"math-source\">").WriteEscape(key.Tex).Write("</code>");
    }

    private static bool InHeaderRow(Inline math)
    {
        Inline root = math;
        while (root.Parent is not null) root = root.Parent;
        return root is ContainerInline { ParentBlock.Parent: TableCell { Parent: TableRow { IsHeader: true } } };
    }

    private static string GlyphsForAssistiveTechnology(string katex) => katex
        .Replace("<span class=\"katex-mathml\">", "<span class=\"katex-mathml\" aria-hidden=\"true\">", StringComparison.Ordinal)
        .Replace("<span class=\"katex-html\" aria-hidden=\"true\">", "<span class=\"katex-html\">", StringComparison.Ordinal);
}
