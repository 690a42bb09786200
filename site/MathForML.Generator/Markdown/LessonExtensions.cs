using Markdig;
using Markdig.Renderers;
using MathForML.Generator.Markdown.Callouts;
using MathForML.Generator.Markdown.Cells;
using MathForML.Generator.Markdown.Headings;
using MathForML.Generator.Markdown.Formulas;

namespace MathForML.Generator.Markdown;

/// <summary>
/// Our Markdown features as one Markdig extension. Parsing reuses Markdig's parsers (fenced code,
/// math, alerts); what differs is rendering: cells show their executed outputs, math is MathML
/// made at build time, callouts get kinds beyond GitHub's, headings get anchor links.
/// </summary>
public sealed class LessonExtensions : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Nothing to parse beyond what the built-in extensions parse.
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        // Math blocks are fenced code blocks to Markdig, so their renderer must come before the cell renderer.
        html.ObjectRenderers.InsertBefore<Markdig.Renderers.Html.CodeBlockRenderer>(new HtmlCellRenderer());
        html.ObjectRenderers.Replace<Markdig.Extensions.Mathematics.HtmlMathBlockRenderer>(new MathMLBlockRenderer());
        html.ObjectRenderers.Replace<Markdig.Extensions.Mathematics.HtmlMathInlineRenderer>(new MathMLInlineRenderer());
        html.ObjectRenderers.Replace<Markdig.Extensions.Alerts.AlertBlockRenderer>(new HtmlCalloutRenderer());
        html.ObjectRenderers.Replace<Markdig.Renderers.Html.HeadingRenderer>(new HtmlAnchoredHeadingRenderer());
        var mathBlock = html.ObjectRenderers.Find<MathMLBlockRenderer>()!;
        html.ObjectRenderers.Remove(mathBlock);
        html.ObjectRenderers.Insert(0, mathBlock);
    }
}

public static class LessonExtensionsMarkdownPipelineBuilderExtensions
{
    /// <summary>Enables cells, math, callouts, anchored headings (after UseMathematics and UseAlertBlocks).</summary>
    public static MarkdownPipelineBuilder UseLessonExtensions(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<LessonExtensions>();
        return pipeline;
    }
}
