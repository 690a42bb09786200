using System.Net;
using System.Text.RegularExpressions;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace MathForML.Generator.Markdown.Formulas;

/// <summary>
/// Inline math (<c>$…$</c>, or <c>$$…$$</c> inside a paragraph) as the MathML made by the math stage.
/// In a table's header row the formula is also labelled with its symbols: a column header must have
/// text of its own (axe-core's empty-table-header finds none in MathML), and a header's formula is a
/// short name, h(x) or A(η), that its symbols say well.
/// </summary>
public sealed partial class MathMLInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline math)
    {
        var key = MathSource.Of(math);
        if (renderer is LessonHtmlRenderer lesson && lesson.Lesson.MathHtml.TryGetValue(key, out var html))
        {
            if (InHeaderRow(math)) html = LabelledWithItsSymbols(html);
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

    private static string LabelledWithItsSymbols(string mathml)
    {
        if (!mathml.StartsWith("<math", StringComparison.Ordinal)) return mathml;
        var symbols = WebUtility.HtmlDecode(Tag().Replace(mathml, " "));
        var label = WebUtility.HtmlEncode(string.Join(' ', symbols.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        return $"<math aria-label=\"{label}\"{mathml["<math".Length..]}";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
