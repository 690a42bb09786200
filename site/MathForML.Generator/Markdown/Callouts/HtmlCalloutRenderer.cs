using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace MathForML.Generator.Markdown.Callouts;

/// <summary>
/// GitHub alerts (<c>&gt; [!NOTE]</c>) and our extra kinds (<c>DEFINITION</c>, <c>THEOREM</c>,
/// <c>EXAMPLE</c>, <c>EXERCISE</c>) as styled callouts; GitHub shows the extra kinds as plain quotes.
/// </summary>
public sealed class HtmlCalloutRenderer : HtmlObjectRenderer<AlertBlock>
{
    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["NOTE"] = "Note",
        ["TIP"] = "Tip",
        ["IMPORTANT"] = "Important",
        ["WARNING"] = "Warning",
        ["CAUTION"] = "Caution",
        ["DEFINITION"] = "Definition",
        ["THEOREM"] = "Theorem",
        ["EXAMPLE"] = "Example",
        ["EXERCISE"] = "Exercise",
    };

    protected override void Write(HtmlRenderer renderer, AlertBlock block)
    {
        var kind = block.Kind.ToString();
        var title = Titles.GetValueOrDefault(kind, char.ToUpperInvariant(kind[0]) + kind[1..].ToLowerInvariant());
        renderer.Write("<div class=\"callout callout-").Write(kind.ToLowerInvariant()).Write("\">");
        renderer.Write("<p class=\"callout-title\">").WriteEscape(title).WriteLine("</p>");
        renderer.WriteChildren(block);
        renderer.WriteLine("</div>");
    }
}
