using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MathForML.Generator.Assets;
using MathForML.Tests.Support;

namespace MathForML.Tests.EndToEnd;

/// <summary>
/// Builds a small course into a temp folder with the whole pipeline (KaTeX, assets, pages, search)
/// once, and checks the written site with AngleSharp.
/// </summary>
public sealed class FixtureCourseBuildTests(FixtureCourseBuildTests.BuiltCourse built) : IClassFixture<FixtureCourseBuildTests.BuiltCourse>
{
    public sealed class BuiltCourse : BuiltFixtureCourse
    {
        protected override void Write(FixtureCourse course)
        {
            course
                .WithLesson("01_Vectors", 1, """
                    # Vectors

                    Why vectors matter, with $\mathbf{x} \in \mathbb{R}^n$.

                    ## Basis

                    A basis spans the space. See [matrices](02_Matrices.md#products).

                    $$
                    \mathbf{v} = \sum_i c_i \mathbf{b}_i
                    $$

                    ```csharp run
                    var v = Vector<double>.Build.Dense(new[] { 1.0, 2.0 });
                    Console.WriteLine("norm = " + v.L2Norm().ToString("0.000"));
                    v
                    ```

                    ```csharp run hide
                    Chart.Line(new[] { 0.0, 1.0 }, new[] { 0.0, 2.0 }, "v").WithTitle("A vector").WithXAxisTitle("x").WithYAxisTitle("y")
                    ```

                    > [!DEFINITION]
                    > A **basis** is a linearly independent spanning set.

                    <details><summary>Solution</summary>

                    The answer is $2$.

                    </details>
                    """, phase: "Linear Algebra", extraFrontMatter: "objectives:\n  - Use $\\mathbb{R}^n$\n")
                .WithLesson("02_Matrices", 2, """
                    ## Products

                    Matrix products compose maps.

                    ```csharp
                    // shown, not run
                    var notRun = 1;
                    ```
                    """, phase: "Linear Algebra", extraFrontMatter: "prerequisites: [01_Vectors]\n")
                .WithLesson("03_Probability", 3, """
                    ## Bayes

                    Posterior.

                    ```csharp run hide
                    Chart.Surface(new[] { 0.0, 1.0 }, new[] { 0.0, 1.0 }, new double[,] { { 0, 1 }, { 1, 2 } }).WithTitle("A bowl")
                    ```
                    """, phase: "Probability")
                .With("resources.md", "---\ntitle: Resources\n---\n\nBooks.\n");
            File.WriteAllText(Path.Combine(Course.Root, "mathforml.yml"), "title: Fixture Course\nurl: https://example.org/course\nrepository: https://example.org/git/course\n");
        }

        public IDocument Page(string path) => new HtmlParser().ParseDocument(Course.ReadOutput(path));
    }

    [Fact]
    public void The_build_succeeds_without_diagnostics() =>
        Assert.True(built.Result.Succeeded && built.Result.Course.Diagnostics.IsEmpty, string.Join("\n", built.Result.Course.Diagnostics));

    [Fact]
    public void Home_page_lists_lessons_by_phase()
    {
        var home = built.Page("index.html");
        var text = home.Body!.TextContent;
        Assert.Contains("Linear Algebra", text);
        Assert.Contains("Probability", text);
        var links = home.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("01-vectors.html", links);
        Assert.Contains("03-probability.html", links);
    }

    [Fact]
    public void Lesson_page_has_navigation_in_course_order()
    {
        var page = built.Page("02-matrices.html");
        var sidebar = page.QuerySelectorAll("nav a[href$='.html']").Select(a => a.GetAttribute("href")).ToList();
        Assert.True(sidebar.IndexOf("01-vectors.html") < sidebar.IndexOf("02-matrices.html"));
        Assert.True(sidebar.IndexOf("02-matrices.html") < sidebar.IndexOf("03-probability.html"));
        Assert.Contains("resources.html", sidebar);
        Assert.Equal("page", page.QuerySelector("a[aria-current='page']")?.GetAttribute("aria-current"));
        Assert.Equal("02-matrices.html", page.QuerySelector("a[aria-current='page']")?.GetAttribute("href"));
        var hrefs = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("01-vectors.html", hrefs); // previous, and the prerequisite
        Assert.Contains("03-probability.html", hrefs); // next
        Assert.Contains(page.QuerySelectorAll("a"), a => a.TextContent.Contains("Vectors") && a.GetAttribute("href") == "01-vectors.html" && a.Closest("main, article") is not null);
    }

    [Fact]
    public void Lessons_carry_their_progress_key_and_pages_do_not()
    {
        // site.js ticks lessons marked done by these keys; the extra pages are not lessons to finish.
        var page = built.Page("02-matrices.html");
        Assert.Equal(["01-vectors.html", "02-matrices.html", "03-probability.html"],
            page.QuerySelectorAll(".sidebar a[data-lesson]").Select(a => a.GetAttribute("data-lesson")).Where(k => k != "00-overview.html"));
        Assert.Null(page.QuerySelector(".sidebar a[href='resources.html']")!.GetAttribute("data-lesson"));
        var toggle = page.QuerySelector(".lesson-progress button.lesson-done")!;
        Assert.Equal("02-matrices.html", toggle.GetAttribute("data-lesson"));
        Assert.Equal("false", toggle.GetAttribute("aria-pressed"));
        Assert.True(toggle.ParentElement!.HasAttribute("hidden"), "shown only by the script, once storage works");
        Assert.Null(built.Page("resources.html").QuerySelector(".lesson-done"));
    }

    [Fact]
    public void Math_is_rendered_to_MathML_at_build_time_with_its_font_cut_to_the_course()
    {
        var page = built.Page("01-vectors.html");
        Assert.True(page.QuerySelectorAll("math").Length >= 3);
        Assert.NotNull(page.QuerySelector(".math-display > math[display=block]"));
        Assert.Empty(page.QuerySelectorAll("span.katex, .katex-html")); // MathML alone, no second rendering beside it
        Assert.Contains(page.QuerySelectorAll("mi"), mi => mi.TextContent == "𝐯"); // \mathbf{v}: a bold letter, not a style MathML Core ignores
        Assert.Empty(page.QuerySelectorAll(".math-source"));

        var css = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.StartsWith("assets/math."));
        var stylesheet = File.ReadAllText(Path.Combine(built.Course.Output, css));
        var font = Regex.Match(stylesheet, @"url\('(math\.[0-9a-f]+\.woff2)'\)").Groups[1].Value;
        Assert.Contains($"font-family: \"{MathFont.Family}\", math;", stylesheet);
        var bytes = File.ReadAllBytes(Path.Combine(built.Course.Output, "assets", font));
        Assert.Equal("wOF2"u8.ToArray(), bytes[..4]);
        Assert.InRange(bytes.Length, 5_000, 120_000); // the whole STIX Two Math is 394 KB
        Assert.Contains(font, page.Head!.InnerHtml); // asked for early, beside the stylesheets
    }

    [Fact]
    public void Cells_show_code_and_outputs()
    {
        var page = built.Page("01-vectors.html");
        var cells = page.QuerySelectorAll(".cell");
        Assert.Equal(2, cells.Length);
        Assert.NotNull(cells[0].QuerySelector("pre.cell-code .tok-keyword"));
        Assert.Equal("norm = 2.236", cells[0].QuerySelector(".output-text")!.TextContent.Trim());
        Assert.Equal("Vector 2", cells[0].QuerySelector(".output-table caption")!.TextContent);
        Assert.Null(cells[1].QuerySelector("pre.cell-code")); // hide
        Assert.NotNull(page.QuerySelector("pre code.language-csharp")); // display-only block of lesson 2 is elsewhere; this page's cells are highlighted
    }

    [Fact]
    public void Charts_are_placeholders_with_their_figure_and_plotly_loads_only_where_needed()
    {
        var page = built.Page("01-vectors.html");
        var plot = page.QuerySelector(".chart .chart-plot")!;
        // The figure is not in the page: a script of its own, loaded when the chart nears the viewport.
        Assert.Empty(page.QuerySelectorAll("script[type='application/json']"));
        var (_, data) = ChartDataScript.Parse(built.Course.ReadOutput(plot.GetAttribute("data-figure-src")!));
        Assert.Equal("A vector", data.GetProperty("figure").GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
        // plotly.js is never a script tag of its own: charts.js loads it when a chart nears the viewport.
        Assert.DoesNotContain(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.Contains("plotly"));
        var plotly = page.QuerySelectorAll("script[data-plotly]").Single().GetAttribute("data-plotly")!;
        Assert.True(File.Exists(Path.Combine(built.Course.Output, plotly)), plotly);
        Assert.Empty(built.Page("02-matrices.html").QuerySelectorAll("script[data-plotly]"));
    }

    [Fact]
    public void Each_page_loads_the_smallest_plotly_build_that_draws_its_charts()
    {
        // Lesson 01 draws a line (the cartesian build); lesson 03 a 3-D surface (the full build).
        var cartesian = built.Page("01-vectors.html").QuerySelector("script[data-plotly]")!.GetAttribute("data-plotly")!;
        var full = built.Page("03-probability.html").QuerySelector("script[data-plotly]")!.GetAttribute("data-plotly")!;
        Assert.Matches(@"^assets/plotly-cartesian\.min\.[0-9a-f]+\.js$", cartesian);
        Assert.Matches(@"^assets/plotly\.min\.[0-9a-f]+\.js$", full);
        Assert.True(new FileInfo(Path.Combine(built.Course.Output, cartesian)).Length < new FileInfo(Path.Combine(built.Course.Output, full)).Length / 2);
        Assert.True(File.Exists(Path.Combine(built.Course.Output, full)), full);
    }

    [Fact]
    public void Charts_have_a_text_alternative_with_their_title_axes_and_data()
    {
        var figure = built.Page("01-vectors.html").QuerySelector("figure.chart")!;
        var label = figure.QuerySelector(".chart-plot")!.GetAttribute("aria-label")!;
        Assert.Contains("A vector", label);
        Assert.Contains("Horizontal axis: x", label);
        Assert.Contains("Vertical axis: y", label);
        var data = figure.QuerySelector("details.chart-data")!;
        Assert.False(data.HasAttribute("open")); // collapsed by default
        var table = data.QuerySelector("table")!;
        Assert.Equal("v", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["x", "y"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["0", "0", "1", "2"], table.QuerySelectorAll("tbody td").Select(td => td.TextContent));
    }

    [Fact]
    public void Lesson_header_shows_level_prerequisites_and_objectives()
    {
        var vectors = built.Page("01-vectors.html");
        Assert.Contains("beginner", vectors.Body!.TextContent);
        Assert.NotNull(vectors.QuerySelectorAll("li math").FirstOrDefault()); // objective with math
        var matrices = built.Page("02-matrices.html");
        Assert.Contains(matrices.QuerySelectorAll("a[href='01-vectors.html']"), a => a.TextContent.Contains("Vectors"));
    }

    [Fact]
    public void Callouts_solutions_and_lesson_links_render()
    {
        var page = built.Page("01-vectors.html");
        Assert.Equal("Definition", page.QuerySelector(".callout-definition .callout-title")!.TextContent);
        Assert.NotNull(page.QuerySelector("details summary"));
        Assert.NotNull(page.QuerySelector("details math"));
        Assert.NotNull(page.QuerySelector("a[href='02-matrices.html#products']"));
        Assert.Equal("basis", page.QuerySelector("h2")!.Id);
    }

    [Fact]
    public void Search_index_is_a_script_with_one_entry_per_section()
    {
        var page = built.Page("01-vectors.html");
        var input = page.QuerySelector("[data-index]")!;
        var indexPath = input.GetAttribute("data-index")!;
        var script = built.Course.ReadOutput(indexPath);
        Assert.StartsWith("window.MathForMLSearchIndex = ", script);
        Assert.Contains("\"url\":\"01-vectors.html#basis\"", script);
        Assert.Contains("\"section\":\"Bayes\"", script);
        Assert.Contains("A basis spans the space.", script);
        Assert.True(File.Exists(Path.Combine(built.Course.Output, input.GetAttribute("data-minisearch")!)));
    }

    [Fact]
    public void Pages_make_no_external_requests()
    {
        foreach (var file in Directory.EnumerateFiles(built.Course.Output, "*.html"))
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
            // A canonical link names the page, it loads nothing.
            var sources = page.QuerySelectorAll("script[src], link[href]:not([rel=canonical]), img[src]")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "")
                .Where(s => !s.StartsWith("data:", StringComparison.Ordinal)); // inline, e.g. the icon
            Assert.All(sources, s => Assert.False(s.Contains("//"), $"{Path.GetFileName(file)} loads {s}"));
            foreach (var local in sources.Where(s => s.Length > 0 && !s.StartsWith("#")))
                Assert.True(File.Exists(Path.Combine(built.Course.Output, local.Split('#')[0])), $"{Path.GetFileName(file)}: missing {local}");
        }
    }

    [Fact]
    public void The_sitemap_lists_every_content_page_under_the_site_url()
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(built.Course.ReadOutput("sitemap.xml"));
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Equal(
            ["https://example.org/course/", "https://example.org/course/01-vectors.html", "https://example.org/course/02-matrices.html",
             "https://example.org/course/03-probability.html", "https://example.org/course/resources.html"],
            locations);
    }

    [Fact]
    public void Pages_have_titles_descriptions_and_social_cards()
    {
        var page = built.Page("01-vectors.html");
        Assert.Equal("Vectors — Fixture Course", page.Title);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.Equal("https://example.org/course/01-vectors.html", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("Vectors", page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        Assert.Equal("https://example.org/git/course/edit/main/input/01_Vectors.md", page.QuerySelector(".edit-link a")?.GetAttribute("href"));
    }

    [Fact]
    public void The_404_page_works_from_any_address_and_is_not_indexed()
    {
        var page = built.Page("404.html");
        Assert.Equal("https://example.org/course/", page.QuerySelector("base")?.GetAttribute("href"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "index.html");
        Assert.Null(built.Page("index.html").QuerySelector("base"));
    }

    [Fact]
    public void The_search_page_has_a_form_that_submits_the_query_to_itself()
    {
        var form = built.Page("search.html").QuerySelector("form.search-page-form")!;
        Assert.Equal("search.html", form.GetAttribute("action"));
        Assert.Equal("q", form.QuerySelector("input")!.GetAttribute("name"));
    }

    [Fact]
    public void Snapshot_was_recorded_for_the_lesson_with_cells()
    {
        var verified = Path.Combine(built.Course.Root, "tests", "snapshots", "01_Vectors.verified.txt");
        Assert.Contains("norm = 2.236", File.ReadAllText(verified));
        Assert.False(File.Exists(Path.Combine(built.Course.Root, "tests", "snapshots", "02_Matrices.verified.txt")));
    }
    [Fact]
    public void The_offline_zip_holds_the_site_and_only_the_site_home_page_links_the_zip()
    {
        var zipPath = Path.Combine(built.Course.Output, "downloads", "math-for-ml.zip");
        using var zip = System.IO.Compression.ZipFile.OpenRead(zipPath);
        var site = Directory.EnumerateFiles(built.Course.Output, "*", SearchOption.AllDirectories)
            .Where(f => f != zipPath)
            .ToDictionary(f => "math-for-ml/" + Path.GetRelativePath(built.Course.Output, f).Replace('\\', '/'), File.ReadAllBytes);
        var entries = zip.Entries.Where(e => e.FullName != "math-for-ml/README.txt").ToList();
        Assert.Equal(site.Keys.Order(StringComparer.Ordinal), entries.Select(e => e.FullName));
        string Read(System.IO.Compression.ZipArchiveEntry entry) => new StreamReader(entry.Open()).ReadToEnd();
        foreach (var entry in entries.Where(e => e.FullName != "math-for-ml/index.html"))
        {
            using var stream = new MemoryStream();
            entry.Open().CopyTo(stream);
            Assert.True(site[entry.FullName].AsSpan().SequenceEqual(stream.ToArray()), entry.FullName);
        }

        // The zip cannot hold itself: its home page offers the print edition, the site's offers the zip too, with its size.
        var offlineHome = new HtmlParser().ParseDocument(Read(zip.GetEntry("math-for-ml/index.html")!));
        Assert.Equal(["print.html"], offlineHome.QuerySelectorAll(".home-downloads a").Select(a => a.GetAttribute("href")));
        var siteHome = built.Page("index.html");
        Assert.Equal(["downloads/math-for-ml.zip", "print.html"], siteHome.QuerySelectorAll(".home-downloads a").Select(a => a.GetAttribute("href")));
        Assert.Contains(MathForML.Generator.Rendering.Downloads.Size(new FileInfo(zipPath).Length), siteHome.QuerySelector(".home-downloads")!.TextContent);
        Assert.Equal(
            offlineHome.QuerySelector("main")!.QuerySelectorAll("a").Count() + 1,
            siteHome.QuerySelector("main")!.QuerySelectorAll("a").Count());
        Assert.Contains("index.html", new StreamReader(zip.GetEntry("math-for-ml/README.txt")!.Open()).ReadToEnd());
    }
}
