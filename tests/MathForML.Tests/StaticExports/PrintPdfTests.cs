using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;

namespace MathForML.Tests.StaticExports;

public class PrintPdfTests
{
    [Fact]
    public async Task The_pdf_is_printed_from_the_print_edition_and_reused_until_it_changes()
    {
        using var course = StaticExportCourse.Create();
        var first = new FakeBrowser();
        await StaticExportCourse.BuildAsync(course, first);
        Assert.Equal(1, first.PdfCalls);
        Assert.Equal(FakeBrowser.PdfBytes, await File.ReadAllBytesAsync(Path.Combine(course.Output, "downloads", "math-for-ml.pdf")));
        // The page and what it loads are handed over from memory: no folder needed.
        Assert.Contains(first.PrintedFiles, f => f.Path == "print.html");
        Assert.Contains(first.PrintedFiles, f => f.Path.StartsWith("charts/", StringComparison.Ordinal));
        Assert.Contains(first.PrintedFiles, f => f.Path.EndsWith(".woff2", StringComparison.Ordinal));

        var home = course.ReadOutput("index.html");
        Assert.Contains("href=\"downloads/math-for-ml.pdf\"", home, StringComparison.Ordinal);
        Assert.Contains("<span class=\"download-size\">(13 B)</span>", home, StringComparison.Ordinal);

        var unchanged = new FakeBrowser();
        var log = new ListBuildLog();
        await StaticExportCourse.BuildAsync(course, unchanged, log);
        Assert.Equal(0, unchanged.PdfCalls);
        Assert.Contains(log.Lines, l => l.StartsWith("PDF from the cache", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(course.Output, "downloads", "math-for-ml.pdf")));

        course.With("02_Beta.md", StaticExportCourse.Beta.Replace("Back to", "Return to", StringComparison.Ordinal));
        var edited = new FakeBrowser();
        await StaticExportCourse.BuildAsync(course, edited);
        Assert.Equal(1, edited.PdfCalls);
    }

    [Fact]
    public async Task Without_asking_for_it_no_pdf_is_printed_and_none_is_offered()
    {
        using var course = StaticExportCourse.Create();
        var browser = new FakeBrowser();
        await StaticExportCourse.BuildAsync(course, browser, options: new BuildOptions { CompareSnapshots = false });
        Assert.Equal(0, browser.PdfCalls);
        Assert.False(File.Exists(Path.Combine(course.Output, "downloads", "math-for-ml.pdf")));
        Assert.DoesNotContain("math-for-ml.pdf", course.ReadOutput("index.html"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(course.Output, "print.html")));
    }
}
