using Markdig.Extensions.Mathematics;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using MathForML.Generator.Model;

namespace MathForML.Generator.Search;

/// <summary>
/// Splits a document into sections at its h2 and h3 headings; text before the first heading is the
/// lesson's introduction and links to the top of the page.
/// </summary>
public static class SectionSplitter
{
    public static IReadOnlyList<SearchDocument> Split(Document doc)
    {
        var sections = new List<SearchDocument>();
        if (doc.Ast is null) return sections;
        string section = doc.Front.Title, anchor = "";
        var text = new List<string>();
        var math = new List<string>();

        void Flush()
        {
            var body = string.Join(' ', text).Trim();
            if (body.Length > 0 || anchor.Length > 0)
            {
                var id = anchor.Length == 0 ? doc.Slug : $"{doc.Slug}#{anchor}";
                var meanings = TexMeanings.Of(string.Join(' ', math));
                sections.Add(new SearchDocument(id, doc.Front.Title, section, anchor.Length == 0 ? doc.Url : $"{doc.Url}#{anchor}", body, meanings));
            }
            text.Clear();
            math.Clear();
        }

        foreach (var block in doc.Ast)
        {
            if (block is HeadingBlock { Level: 2 or 3 } heading)
            {
                Flush();
                section = PlainText.Words(heading.Inline);
                anchor = heading.GetAttributes().Id ?? "";
                continue;
            }
            if (block is HeadingBlock { Level: 1 }) continue;
            text.Add(PlainText.Of(block));
            math.AddRange(MathSources(block));
        }
        Flush();
        return sections;
    }

    /// <summary>The TeX of every formula in a block, display and inline, however deeply nested (callouts, lists).</summary>
    private static IEnumerable<string> MathSources(Block block)
    {
        if (block is MathBlock display) return [display.Lines.ToString()];
        var inlines = block is LeafBlock { Inline: { } inline }
            ? inline.Descendants<MathInline>()
            : block is ContainerBlock container ? container.Descendants<MathInline>() : [];
        var blocks = block is ContainerBlock c ? c.Descendants<MathBlock>().Select(m => m.Lines.ToString()) : [];
        return inlines.Select(m => m.Content.ToString()).Concat(blocks);
    }
}
