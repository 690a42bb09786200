using System.Collections.Immutable;
using MathForML.Execution.Sessions;
using MathForML.Generator.Charts;
using MathForML.Generator.Commands;
using MathForML.Generator.Markdown;
using MathForML.Generator.MathRendering;
using MathForML.Generator.Model;
using MathForML.Generator.Rendering;
using MathForML.Tests.Support;

namespace MathForML.Tests.Rendering;

public class RenderedContentCacheTests
{
    private const string LessonA = """
        # A

        Prose of A with $x^2$ and a link to [B](02_B.md#second).

        ```csharp run
        var xs = new[] { 1.0, 2.0, 3.0 };
        Console.WriteLine(xs.Sum());
        ```

        ```csharp
        // shown, not run
        var y = 2;
        ```
        """;

    private const string LessonB = """
        # B

        ## Second

        Prose of B with $$\frac{a}{b}$$ and a link back to [A](01_A.md).

        ```csharp run
        Console.WriteLine(string.Join(",", Enumerable.Range(1, 4)));
        ```
        """;

    private static Task<BuildResult> Build(FixtureCourse course, bool useCache = true) =>
        SiteBuilder.BuildAsync(course.Settings, new() { WriteOutput = false, CompareSnapshots = false, UseCache = useCache }, executor: new ScriptCellExecutor());

    private static Dictionary<string, string> Pages(BuildResult result) =>
        result.Course.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Content));

    [Fact]
    public async Task After_edits_with_the_cache_every_page_and_the_print_edition_are_as_a_build_without_it_makes_them()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, LessonA).WithLesson("02_B", 2, LessonB);
        await Build(course);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(course.Root, ".cache", "rendered", "page")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(course.Root, ".cache", "rendered", "print")));

        // A prose edit of A, then an output edit of B, then a third lesson that B's link list does not know.
        course.WithLesson("01_A", 1, LessonA.Replace("Prose of A", "Edited prose of A"));
        await Build(course);
        course.WithLesson("02_B", 2, LessonB.Replace("Range(1, 4)", "Range(1, 5)"));
        await Build(course);
        course.WithLesson("03_C", 3, "# C\n\nSee [A](01_A.md).\n");
        var cached = Pages(await Build(course));

        var fresh = Pages(await Build(course, useCache: false));
        Assert.Equal(fresh.Keys.Order(), cached.Keys.Order());
        foreach (var (path, html) in fresh) Assert.True(html == cached[path], $"{path} differs from a build without the cache");
        Assert.Contains("Edited prose of A", cached["01-a.html"]);
        Assert.Contains("1,2,3,4,5", cached["02-b.html"]);
        Assert.Contains("1,2,3,4,5", cached["print.html"]);
    }

    [Fact]
    public void The_key_names_the_KaTeX_that_rendered_the_formulas_and_hashes_their_HTML_only_when_that_is_unknown()
    {
        var lesson = Markdown.MarkdownSpecTests.Document("01_A", "A", 1, "Prose with $x^2$ and $$y$$.");
        var keys = RenderMath.Collect(lesson).Select(m => m.Key).Distinct().ToList();
        Assert.Equal(2, keys.Count);
        Document With(string renderedBy, string html) =>
            lesson with { MathHtml = MathHtmlMap.Of(keys.ToDictionary(k => k, k => html + k.Tex)), MathRenderedBy = renderedBy };
        var links = new LinkResolver(new Dictionary<string, Document> { ["01_A"] = lesson });
        var charts = new ChartRendering(ImmutableDictionary<string, ChartImage>.Empty, Interactive: true);
        string? Key(Document doc) => RenderedContentCache.Key(doc, links, charts, "");

        // Named by KaTeX's version: the HTML is not read, another version is another key.
        Assert.Equal(Key(With("katex 0.19.1", "<span>")), Key(With("katex 0.19.1", "<b>")));
        Assert.NotEqual(Key(With("katex 0.19.1", "<span>")), Key(With("katex 0.20.0", "<span>")));
        // Unknown: every formula's HTML counts.
        Assert.NotEqual(Key(With("", "<span>")), Key(With("", "<b>")));
        Assert.Equal(Key(With("", "<span>")), Key(With("", "<span>")));
        Assert.NotEqual(Key(With("", "<span>")), Key(With("katex 0.19.1", "<span>")));
    }

    [Fact]
    public async Task The_highlight_cache_is_written_only_when_it_changes_and_other_highlighters_caches_go()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, LessonA).WithLesson("02_B", 2, LessonB);
        await Build(course);
        var highlight = Assert.Single(Directory.GetFiles(Path.Combine(course.Root, ".cache"), "highlight-*.json"));
        var stale = Path.Combine(course.Root, ".cache", "highlight-0123456789ab.json");
        File.WriteAllText(stale, "{}");
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(highlight, old);

        // A prose edit highlights nothing new: the file is left as it was; the stale one is gone.
        course.WithLesson("01_A", 1, LessonA.Replace("Prose of A", "Edited prose of A"));
        await Build(course);
        Assert.Equal(old, File.GetLastWriteTimeUtc(highlight));
        Assert.False(File.Exists(stale));

        // New code is highlighted and kept.
        course.WithLesson("02_B", 2, LessonB + "\n```csharp\nvar brandNew = 42;\n```\n");
        await Build(course);
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(highlight));
        Assert.Contains("brandNew", File.ReadAllText(highlight));
    }

    [Fact]
    public async Task Content_kept_for_an_unchanged_lesson_keeps_its_highlighted_code_and_edited_lessons_leave_no_stale_content()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, LessonA).WithLesson("02_B", 2, LessonB);
        await Build(course);
        var pages = Directory.GetFiles(Path.Combine(course.Root, ".cache", "rendered", "page")).Length;
        var highlight = Assert.Single(Directory.GetFiles(Path.Combine(course.Root, ".cache"), "highlight-*.json"));
        var highlighted = File.ReadAllText(highlight);

        course.WithLesson("02_B", 2, LessonB.Replace("Prose of B", "Other prose of B"));
        await Build(course);
        // A's content came from the cache; its code is still kept highlighted for its next edit.
        Assert.Contains("shown, not run", File.ReadAllText(highlight));
        Assert.Equal(highlighted.Length, File.ReadAllText(highlight).Length);
        // B's old content is gone: one file per document, as before.
        Assert.Equal(pages, Directory.GetFiles(Path.Combine(course.Root, ".cache", "rendered", "page")).Length);
    }
}
