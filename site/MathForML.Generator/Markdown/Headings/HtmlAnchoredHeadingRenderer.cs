using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace MathForML.Generator.Markdown.Headings;

/// <summary>Headings with their GitHub-style id and a visible-on-hover link to themselves.</summary>
public sealed class HtmlAnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock block)
    {
        var tag = "h" + Math.Clamp(block.Level, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Write('<').Write(tag).WriteAttributes(block).Write('>');
        renderer.WriteLeafInline(block);
        var id = block.GetAttributes().Id;
        if (!string.IsNullOrEmpty(id) && block.Level > 1)
            renderer.Write(" <a class=\"anchor\" href=\"#").WriteEscapeUrl(id).Write("\" aria-label=\"Link to this section\">#</a>");
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
