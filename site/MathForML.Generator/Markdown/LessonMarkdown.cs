using Markdig;

namespace MathForML.Generator.Markdown;

/// <summary>
/// The one Markdig pipeline of the generator: built once, immutable, shared by every stage and
/// thread. GitHub-compatible (front matter, pipe tables, alerts; heading ids are GitHub's, assigned by the parse stage) so lessons read
/// the same on GitHub, plus our renderers for cells, math, callouts, headings and lesson links.
/// </summary>
public static class LessonMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseFootnotes()
        .UseAutoLinks()
        .UseMathematics()
        .UseAlertBlocks()
        .UseLessonExtensions()
        .Build();

    public static Markdig.Syntax.MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);
}
