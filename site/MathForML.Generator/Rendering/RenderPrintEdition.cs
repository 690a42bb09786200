using System.Text;
using MathForML.Generator.Charts;
using MathForML.Generator.Highlighting;
using MathForML.Generator.Markdown;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Rendering;

/// <summary>
/// Writes <c>print.html</c>, the print edition: every lesson in order on one page, then the guided projects, rendered by the
/// same lesson renderer as its own page (header, content, outputs), with charts as their static
/// images, solutions open, ids made unique per lesson and links between lessons turned into links
/// within the page. The PDF is printed from the same content cut into parts (<see cref="PrintEdition"/>).
/// </summary>
public sealed class RenderPrintEdition : IBuildStage
{
    public string Name => "Render print edition";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        if (course.Assets is null || course.Lessons.IsEmpty) return Task.FromResult(course);
        var links = LinkResolver.For(course);
        var site = context.Settings.Site;
        var documents = course.Lessons.AddRange(course.Projects);
        var anchors = new PrintAnchors(documents.ToDictionary(l => l.Url, l => l.Slug, StringComparer.Ordinal), site.BaseUrl);
        var charts = new ChartRendering(course.ChartImages, Interactive: false);
        // Shared with the pages, which render these documents and more, and save it after them.
        var highlighter = HighlightCache.Of(context);
        var contents = context.Options.UseCache ? RenderedContentCache.In(context.Settings.CacheDirectory, "print") : RenderedContentCache.None();

        // Lessons render independently (each from its own syntax tree), so on all cores.
        var lessons = new PrintLesson[documents.Length];
        Parallel.For(0, lessons.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var lesson = documents[i];
            var header = new StringBuilder();
            PageLayout.AppendLessonHeader(header, lesson.Front.Title, RenderPages.HeaderOf(lesson, links));
            // The ids are rewritten tag by tag, so the header and the content can be rewritten apart,
            // and the content is kept rewritten: the rewrite is most of the work left for a cached lesson.
            var content = contents.Content(lesson, links, charts,
                () => anchors.Rewrite(LessonHtmlRenderer.RenderDocument(lesson.Ast!, lesson, links, highlighter, charts), lesson.Slug),
                () => highlighter.KeepCodeOf(lesson.Ast), keyedAlsoBy: "ids for the print edition; site URL " + site.BaseUrl);
            var sections = RenderPages.TocOf(lesson, links, maxLevel: 2)
                .Select(s => s with { Anchor = PrintAnchors.Prefixed(lesson.Slug, s.Anchor), TitleHtml = anchors.Rewrite(s.TitleHtml, lesson.Slug) })
                .ToList();
            lessons[i] = new PrintLesson(lesson.Slug, lesson.Front.Title, lesson.Front.Order, lesson.Front.Phase, anchors.Rewrite(header.ToString(), lesson.Slug), content, sections)
            {
                Number = lesson.IsProject ? PageLayout.ProjectNumber(lesson.Front.Order) : null,
            };
        });
        contents.Prune();
        var page = PrintLayout.Render(site, course.Assets, lessons);
        var projects = course.Projects.IsEmpty ? "" : $", {course.Projects.Length} projects";
        context.Log.Info($"Rendered the print edition ({course.Lessons.Length} lessons{projects}, {Downloads.Size(page.Length)})");
        course = course.WithFiles([new SiteFile(Downloads.PrintPage, page)]);
        if (!context.Options.PrintPdf) return Task.FromResult(course);
        var bookmarks = PrintLayout.Bookmarks(lessons);
        var parts = PrintPartLinks.Connect(PrintLayout.RenderParts(site, course.Assets!, lessons), Targets(bookmarks));
        return Task.FromResult(course with { PrintEdition = new PrintEdition(parts, [.. bookmarks]) });
    }

    private static IEnumerable<string> Targets(IEnumerable<PrintBookmark> bookmarks) =>
        bookmarks.SelectMany(b => Targets(b.Children).Prepend(b.Target));
}
