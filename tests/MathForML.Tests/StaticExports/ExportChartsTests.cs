using MathForML.Generator.Charts;
using MathForML.Generator.Model;
using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;
using MathForML.Tests.Support;

namespace MathForML.Tests.StaticExports;

public class ExportChartsTests
{
    [Fact]
    public async Task Draws_each_chart_once_and_takes_it_from_the_cache_next_time()
    {
        using var course = StaticExportCourse.Create();
        var first = new FakeBrowser();
        var result = await StaticExportCourse.BuildAsync(course, first);
        Assert.True(result.Succeeded, string.Join("\n", result.Course.Diagnostics));
        Assert.Equal(3, first.ChartCalls); // two drawn, the surface tried
        // The 2-D charts draw with plotly's cartesian build, the 3-D surface with the full one.
        Assert.Equal(["plotly.js-cartesian-dist-min", "plotly.js-cartesian-dist-min", "plotly.js-dist-min"], first.ChartBundles);
        var images = Directory.GetFiles(Path.Combine(course.Output, "charts"), "*.svg");
        Assert.Equal(2, images.Length);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(course.Root, ".cache", "charts"), "*.svg").Length);

        var page = course.ReadOutput("01-alpha.html");
        foreach (var image in images)
            Assert.Contains($"<img class=\"chart-image\" src=\"charts/{Path.GetFileName(image)}\" alt=\"\" loading=\"lazy\"", page, StringComparison.Ordinal);

        var second = new FakeBrowser();
        var log = new ListBuildLog();
        result = await StaticExportCourse.BuildAsync(course, second, log);
        Assert.Equal(0, second.ChartCalls);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(course.Output, "charts"), "*.svg").Length);
        Assert.Contains("Exported 2 of 3 charts to SVG (0 drawn by chromium, 2 from the cache, 1 could not be drawn)", log.Lines);
    }

    [Fact]
    public async Task A_first_build_readies_the_browser_while_cells_run_and_a_build_with_cached_images_does_not()
    {
        using var course = StaticExportCourse.Create();
        var first = new FakeBrowser();
        await StaticExportCourse.BuildAsync(course, first);
        Assert.Equal(["plotly.js-cartesian-dist-min"], first.WarmedUp);

        // An edited chart: its image is drawn by a browser started when it is needed, not before.
        course.With("01_Alpha.md", StaticExportCourse.Alpha.Replace("\"line\")", "\"the line\")", StringComparison.Ordinal));
        var edit = new FakeBrowser();
        await StaticExportCourse.BuildAsync(course, edit);
        Assert.Empty(edit.WarmedUp);
        Assert.Equal(1, edit.ChartCalls);

        var noCache = new FakeBrowser();
        await StaticExportCourse.BuildAsync(course, noCache, options: new BuildOptions { CompareSnapshots = false, UseCache = false });
        Assert.Equal(["plotly.js-cartesian-dist-min"], noCache.WarmedUp);
    }

    [Fact]
    public async Task A_course_whose_cells_draw_no_chart_never_readies_the_browser()
    {
        using var course = new FixtureCourse().With("01_Plain.md", "---\ntitle: Plain\norder: 1\nphase: Basics\n---\n\n```csharp run\n1 + 1\n```\n");
        var browser = new FakeBrowser();
        var result = await StaticExportCourse.BuildAsync(course, browser);
        Assert.True(result.Succeeded, string.Join("\n", result.Course.Diagnostics));
        Assert.Empty(browser.WarmedUp);
        Assert.Equal(0, browser.ChartCalls);
    }

    [Fact]
    public async Task Without_the_cache_every_chart_is_drawn_again()
    {
        using var course = StaticExportCourse.Create();
        await StaticExportCourse.BuildAsync(course, new FakeBrowser());
        var again = new FakeBrowser();
        await StaticExportCourse.BuildAsync(course, again, options: new BuildOptions { CompareSnapshots = false, UseCache = false });
        Assert.Equal(3, again.ChartCalls);
    }

    [Fact]
    public async Task A_chart_that_cannot_be_drawn_is_a_warning_at_its_cell_and_has_no_image()
    {
        using var course = StaticExportCourse.Create();
        var result = await StaticExportCourse.BuildAsync(course, new FakeBrowser());
        Assert.True(result.Succeeded);
        var warning = result.Course.Diagnostics.Single(DiagnosticCodes.ChartNotExported);
        Assert.False(warning.IsError);
        Assert.Equal(new SourceLocation("input/02_Beta.md", 15, 1), warning.Location);
        Assert.Contains("WebGL is not available", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("chart-image", course.ReadOutput("02-beta.html"), StringComparison.Ordinal);

        // The failure is remembered: the next build does not try again, and still says so.
        var next = new FakeBrowser();
        result = await StaticExportCourse.BuildAsync(course, next);
        Assert.Equal(0, next.ChartCalls);
        Assert.Single(result.Course.Diagnostics, d => d.Code == DiagnosticCodes.ChartNotExported);
    }

    [Fact]
    public async Task Without_chromium_the_build_says_so_once_and_builds_everything_else()
    {
        using var course = StaticExportCourse.Create();
        var log = new ListBuildLog();
        var result = await StaticExportCourse.BuildAsync(course, new FakeBrowser { Unavailable = "chromium not found" }, log);

        Assert.True(result.Succeeded, string.Join("\n", result.Course.Diagnostics));
        Assert.Empty(result.Course.Diagnostics);
        var line = Assert.Single(log.Lines, l => l.Contains("chromium", StringComparison.OrdinalIgnoreCase) && !l.StartsWith("Exported", StringComparison.Ordinal));
        Assert.Equal("chromium not found: charts have no static images and there is no PDF; everything else is built", line);
        // The charts' data scripts are there (the pages draw with plotly.js), their images are not.
        var charts = Path.Combine(course.Output, "charts");
        Assert.NotEmpty(Directory.GetFiles(charts, "*.js"));
        Assert.Empty(Directory.GetFiles(charts, "*.svg"));
        Assert.False(File.Exists(Path.Combine(course.Output, "downloads", "math-for-ml.pdf")));
        Assert.True(File.Exists(Path.Combine(course.Output, "print.html")));
        Assert.DoesNotContain("chart-image", course.ReadOutput("01-alpha.html"), StringComparison.Ordinal);
        var home = course.ReadOutput("index.html");
        Assert.Contains("href=\"print.html\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("math-for-ml.pdf", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_chromium_a_build_that_prints_no_pdf_does_not_mention_one()
    {
        using var course = StaticExportCourse.Create();
        var log = new ListBuildLog();
        await StaticExportCourse.BuildAsync(course, new FakeBrowser { Unavailable = "chromium not found" }, log,
            new BuildOptions { CompareSnapshots = false, PrintPdf = false });
        Assert.Contains("chromium not found: charts have no static images; everything else is built", log.Lines);
    }

    [Fact]
    public async Task A_chart_keeps_its_fixed_size_and_others_get_the_column_width()
    {
        using var course = StaticExportCourse.Create();
        await StaticExportCourse.BuildAsync(course, new FakeBrowser());
        var page = course.ReadOutput("01-alpha.html");
        Assert.Contains("width=\"720\" height=\"420\">", page, StringComparison.Ordinal);
        Assert.Contains("width=\"400\" height=\"300\">", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"data\":[],\"layout\":{\"width\":400,\"height\":300}}", 400, 300)]
    [InlineData("{\"data\":[],\"layout\":{\"title\":{\"text\":\"t\"}}}", 720, 420)]
    [InlineData("{\"data\":[]}", 720, 420)]
    [InlineData("not json", 720, 420)]
    public void The_size_of_a_chart_image(string figure, int width, int height) =>
        Assert.Equal(new ChartSize(width, height), StaticChart.SizeOf(figure));

    [Fact]
    public void The_key_changes_with_the_figure_the_size_and_plotly()
    {
        var figure = "{\"data\":[]}";
        var key = StaticChart.Key(figure, StaticChart.DefaultSize, "3.0.0");
        Assert.Matches("^[0-9a-f]{16}$", key);
        Assert.Equal(key, StaticChart.Key(figure, StaticChart.DefaultSize, "3.0.0"));
        Assert.NotEqual(key, StaticChart.Key("{\"data\":[1]}", StaticChart.DefaultSize, "3.0.0"));
        Assert.NotEqual(key, StaticChart.Key(figure, new ChartSize(400, 300), "3.0.0"));
        Assert.NotEqual(key, StaticChart.Key(figure, StaticChart.DefaultSize, "3.0.1"));
    }

    [Fact]
    public async Task A_build_that_writes_nothing_draws_and_prints_nothing()
    {
        using var course = StaticExportCourse.Create();
        var browser = new FakeBrowser();
        await StaticExportCourse.BuildAsync(course, browser, options: new BuildOptions { CompareSnapshots = false, WriteOutput = false });
        Assert.Equal(0, browser.ChartCalls);
        Assert.Equal(0, browser.PdfCalls);
    }
}
