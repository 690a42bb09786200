using Markdig.Syntax;
using MathForML.Cells.Outputs;
using MathForML.Generator.Charts;
using MathForML.Generator.Highlighting;
using MathForML.Generator.Markdown;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Rendering;

/// <summary>
/// Writes the HTML of every lesson and page, the home page that lists the course by phase, the 404
/// and search results pages, and <c>sitemap.xml</c> when the site's URL is known.
/// </summary>
public sealed class RenderPages : IBuildStage
{
    public string Name => "Render pages";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        if (course.Assets is null) return Task.FromResult(course); // assets failed: already reported
        var nav = NavBuilder.Build(course);
        var links = LinkResolver.For(course);
        var site = context.Settings.Site;
        var files = new List<SiteFile>();
        var highlighter = HighlightCache.Of(context);
        var contents = context.Options.UseCache ? RenderedContentCache.In(context.Settings.CacheDirectory, "page") : RenderedContentCache.None();

        // Pages render independently (each from its own syntax tree), so on all cores.
        var lessons = course.Lessons;
        var documents = course.Documents.ToArray();
        var plotly = documents.Select(doc => PlotlyFor(course, doc)).ToArray();
        var rendered = new SiteFile[documents.Length];
        Parallel.For(0, documents.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            // Lessons page through lessons, projects through projects; extra pages stand alone.
            var doc = documents[i];
            var series = doc.IsLesson ? lessons : doc.IsProject ? course.Projects : [];
            var at = series.IndexOf(doc);
            var previous = at > 0 ? new NavLink(series[at - 1].Front.Title, series[at - 1].Url) : null;
            var next = at >= 0 && at + 1 < series.Length ? new NavLink(series[at + 1].Front.Title, series[at + 1].Url) : null;
            rendered[i] = Page(course, doc, nav, links, contents, highlighter, previous, next, plotly[i], header: at >= 0);
        });
        files.AddRange(rendered);
        // After the print edition too (it renders before the pages, a subset of their documents).
        highlighter.Save();
        contents.Prune();

        files.Add(Home(course, Downloads.For(course)));

        files.Add(Special(course, nav, "Page not found", SpecialPages.NotFoundUrl, SpecialPages.NotFoundBody(nav), servedAnywhere: true));
        files.Add(Special(course, nav, "Search", SpecialPages.SearchUrl, SpecialPages.SearchBody(), servedAnywhere: false));
        if (site.BaseUrl is not null)
        {
            var urls = new[] { "index.html" }.Concat(course.Documents.Select(d => d.Url));
            files.Add(SiteFile.Text(Sitemap.Path, Sitemap.Write(site.BaseUrl, urls)));
        }

        context.Log.Info($"Rendered {files.Count} pages");
        return Task.FromResult(WithoutUnusedPlotly(course.WithFiles(files), plotly.OfType<string>().ToHashSet(StringComparer.Ordinal)));
    }

    /// <summary>
    /// Drops the plotly.js builds no page loads: the full build (4.8 MB) only ships when a page has a
    /// 3-D chart, and a course without charts ships neither, online or in the offline zip.
    /// </summary>
    private static Course WithoutUnusedPlotly(Course course, HashSet<string> loaded)
    {
        var unused = course.Assets!.PlotlyBuilds.Where(path => !loaded.Contains(path)).ToHashSet(StringComparer.Ordinal);
        return unused.Count == 0 ? course : course with { Files = course.Files.RemoveAll(f => unused.Contains(f.Path)) };
    }

    /// <summary>The plotly.js build a page's charts need, or null when it shows none.</summary>
    private static string? PlotlyFor(Course course, Document doc)
    {
        var figures = doc.Results.Values.SelectMany(r => r.Outputs.OfType<ChartOutput>())
            .SelectMany(c => c.Frames?.Figures ?? [c.FigureJson]).ToList();
        return figures.Count == 0 ? null : course.Assets!.PlotlyJs(PlotlyBundle.For(figures));
    }

    /// <summary>The home page, listing <paramref name="downloads"/> (the offline edition renders it again, with and without itself).</summary>
    internal static SiteFile Home(Course course, IReadOnlyList<DownloadLink> downloads)
    {
        var site = course.Settings.Site;
        var nav = NavBuilder.Build(course);
        var first = course.Lessons.Length > 0 ? new NavLink(course.Lessons[0].Front.Title, course.Lessons[0].Url) : null;
        var home = new PageModel(site, course.Assets!, nav, site.Title, site.Description, HomeUrl,
            HomePage.RenderBody(site, nav, "", downloads), null, [], null, first, PlotlyJs: null, HasMath: false, EditUrl: null);
        return SiteFile.Text(HomeUrl, PageLayout.Render(home));
    }

    internal const string HomeUrl = "index.html";

    private static SiteFile Special(Course course, NavModel nav, string title, string url, string body, bool servedAnywhere)
    {
        var model = new PageModel(course.Settings.Site, course.Assets!, nav, title, "", url, body, null, [], null, null,
            PlotlyJs: null, HasMath: false, EditUrl: null) { NoIndex = true, ServedAnywhere = servedAnywhere };
        return SiteFile.Text(url, PageLayout.Render(model));
    }

    private static SiteFile Page(Course course, Document doc, NavModel nav, LinkResolver links, RenderedContentCache contents, HighlightCache highlighter,
        NavLink? previous, NavLink? next, string? plotly, bool header)
    {
        var charts = new ChartRendering(course.ChartImages, Interactive: true);
        var content = contents.Content(doc, links, charts, () => LessonHtmlRenderer.RenderDocument(doc.Ast!, doc, links, highlighter, charts),
            () => highlighter.KeepCodeOf(doc.Ast));
        var toc = TocOf(doc, links, maxLevel: 3);
        var project = course.Files.FirstOrDefault(f => f.Path == LessonProjects.LessonProjectMaker.ZipPath(doc));
        var lessonHeader = header ? HeaderOf(doc, links) with
        {
            ProjectUrl = project?.Path,
            ProjectBytes = project?.Content.Length ?? 0,
            AppliedIn = [.. course.ProjectsUsing(doc).Select(p => new NavLink(p.Front.Title, p.Url))],
        } : null;
        var site = course.Settings.Site;
        var editUrl = site.RepositoryUrl is null ? null : $"{site.RepositoryUrl.TrimEnd('/')}/edit/main/{doc.SourcePath}";
        var model = new PageModel(site, course.Assets!, nav, doc.Front.Title, NavBuilder.Summary(doc), doc.Url, ContentHtml: "",
            lessonHeader, toc, previous, next, plotly, HasMath: !doc.MathHtml.IsEmpty, editUrl);
        return new SiteFile(doc.Url, PageLayout.Render(model, content));
    }

    /// <summary>A page's table of contents: its h2 (and down to <paramref name="maxLevel"/>) headings with their anchors.</summary>
    internal static List<TocEntry> TocOf(Document doc, LinkResolver links, int maxLevel) =>
        doc.Ast!.Descendants<Markdig.Syntax.HeadingBlock>()
            .Where(h => h.Level >= 2 && h.Level <= maxLevel)
            .Select(h => new TocEntry(h.Level, LessonHtmlRenderer.RenderInlines(h.Inline, doc, links), Markdig.Renderers.Html.HtmlAttributesExtensions.GetAttributes(h).Id ?? "")
            {
                Text = Search.PlainText.Of(h.Inline),
            })
            .ToList();

    /// <summary>What a lesson or project shows above its content: order, phase, level, reading time, prerequisites, objectives.</summary>
    internal static LessonHeader HeaderOf(Document doc, LinkResolver links)
    {
        var prerequisites = doc.PrerequisiteNames
            .Select(links.Find)
            .OfType<Document>()
            .Select(l => new NavLink(l.Front.Title, l.Url))
            .ToList();
        var objectives = doc.ObjectiveDocs
            .Select(o => o.FirstOrDefault() is Markdig.Syntax.ParagraphBlock p ? LessonHtmlRenderer.RenderInlines(p.Inline, doc, links) : "")
            .ToList();
        return new LessonHeader(doc.Front.Order, doc.Front.Phase, doc.Front.Level, NavBuilder.ReadingMinutes(doc), prerequisites, objectives)
        {
            IsProject = doc.IsProject,
        };
    }
}
