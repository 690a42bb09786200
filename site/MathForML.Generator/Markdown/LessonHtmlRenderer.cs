using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MathForML.Generator.Charts;
using MathForML.Generator.Highlighting;
using MathForML.Generator.Model;

namespace MathForML.Generator.Markdown;

/// <summary>
/// An HTML renderer that knows which lesson it renders, so our object renderers can find a cell's
/// outputs, a formula's MathML, and where a <c>.md</c> link points. One per page render.
/// </summary>
public sealed partial class LessonHtmlRenderer : HtmlRenderer
{
    public LessonHtmlRenderer(TextWriter writer, Document lesson, LinkResolver links, HighlightCache? highlighter = null) : base(writer)
    {
        Lesson = lesson;
        Links = links;
        Highlighter = highlighter ?? HighlightCache.None();
        CellsByBlock = lesson.Cells.ToDictionary(c => (object)c.Block, c => c, ReferenceEqualityComparer.Instance);
        LinkRewriter = links.Rewrite;
        LessonMarkdown.Pipeline.Setup(this);
    }

    public Document Lesson { get; }

    public LinkResolver Links { get; }

    /// <summary>Highlights C# code, remembering what it highlighted in earlier builds.</summary>
    public HighlightCache Highlighter { get; }

    public IReadOnlyDictionary<object, Cell> CellsByBlock { get; }

    /// <summary>How the page shows charts: interactive with their static images, or (print edition) images only.</summary>
    public ChartRendering Charts { get; init; } = ChartRendering.InteractiveWithoutImages;

    /// <summary>Counts charts on the page so each gets a unique element id.</summary>
    public int NextChartNumber() => ++_charts;

    private int _charts;

    /// <summary>Renders the inlines of a heading (or any leaf) alone, e.g. for the table of contents.</summary>
    public static string RenderInlines(ContainerInline? inline, Document lesson, LinkResolver links)
    {
        if (inline is null) return "";
        using var writer = new StringWriter();
        var renderer = new LessonHtmlRenderer(writer, lesson, links) { EnableHtmlForInline = true };
        renderer.WriteChildren(inline);
        writer.Flush();
        return writer.ToString();
    }

    public static string RenderDocument(MarkdownDocument document, Document lesson, LinkResolver links, HighlightCache? highlighter = null, ChartRendering? charts = null)
    {
        using var writer = new StringWriter();
        var renderer = new LessonHtmlRenderer(writer, lesson, links, highlighter) { Charts = charts ?? ChartRendering.InteractiveWithoutImages };
        // The page shows the front matter title as its h1; a leading "# Title" (there so the file
        // reads well on GitHub) would repeat it.
        var skip = document.FirstOrDefault() is HeadingBlock { Level: 1 } ? 1 : 0;
        // Each h2 opens a <section>: the theme lets the browser skip style and layout of sections
        // far below the screen (content-visibility), which long lessons full of formulas need. A raw
        // HTML <details> left open across a heading keeps its section going, so tags stay nested.
        var inSection = false;
        var openDetails = 0;
        foreach (var block in document.Skip(skip))
        {
            if (block is HeadingBlock { Level: 2 } && openDetails == 0)
            {
                if (inSection) renderer.WriteLine("</section>");
                renderer.WriteLine("<section class=\"section\">");
                inSection = true;
            }
            if (block is HtmlBlock html) openDetails = Math.Max(0, openDetails + DetailsBalance(html.Lines.ToString()));
            renderer.Render(block);
        }
        if (inSection) renderer.WriteLine("</section>");
        writer.Flush();
        return EmptyHeaderCell().Replace(writer.ToString(), "<td$1></td>");
    }

    /// <summary>
    /// An empty cell in a table's header row, the corner of a two-way table (<c>| | Y = 0 | Y = 1 |</c>):
    /// written as a data cell. A header with no text heads nothing, and screen readers and axe-core
    /// (empty-table-header) expect a header to have some.
    /// </summary>
    [GeneratedRegex(@"<th((?: [^>]*)?)>\s*</th>")]
    private static partial Regex EmptyHeaderCell();

    private static int DetailsBalance(string html) =>
        Count(html, "<details") - Count(html, "</details");

    private static int Count(string text, string tag)
    {
        var n = 0;
        for (var at = text.IndexOf(tag, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(tag, at + tag.Length, StringComparison.OrdinalIgnoreCase)) n++;
        return n;
    }
}
