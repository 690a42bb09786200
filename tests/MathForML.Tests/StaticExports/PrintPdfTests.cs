using System.Text;
using MathForML.Generator.Model;
using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace MathForML.Tests.StaticExports;

public class PrintPdfTests
{
    [Fact]
    public async Task The_pdf_is_printed_in_parts_joined_into_one_book_and_only_a_changed_part_prints_again()
    {
        using var course = StaticExportCourse.Create();
        var first = new FakeBrowser();
        await StaticExportCourse.BuildAsync(course, first);
        // The cover and contents, then one part a lesson, each a page of its own beside print.html.
        Assert.Equal(["print-part-01-alpha.html", "print-part-02-beta.html", "print-part-contents.html"], first.PrintedPages.Order(StringComparer.Ordinal));
        Assert.Contains(first.PrintedFiles, f => f.Path.StartsWith("charts/", StringComparison.Ordinal));
        Assert.Contains(first.PrintedFiles, f => f.Path.EndsWith(".woff2", StringComparison.Ordinal));

        var bytes = await File.ReadAllBytesAsync(Path.Combine(course.Output, "downloads", "math-for-ml.pdf"));
        var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal(3, pdf.PageCount);
        Assert.Equal(["1 / 3", "2 / 3", "3 / 3"], Enumerable.Range(0, 3).Select(i => PageNumberOf(pdf.Pages[i])));
        // A lesson's link to the other lesson leads to its named place in the one PDF, not to the printing origin.
        Assert.DoesNotContain(PrintEdition.CrossPartLinkPrefix, Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        Assert.Contains("/02-beta-summary", LinkTargetsOf(pdf.Pages[1]));
        Assert.Contains("/01-alpha", LinkTargetsOf(pdf.Pages[2]));
        var dests = pdf.Internals.Catalog.Elements.GetDictionary("/Dests")!;
        Assert.Contains("/02-beta-summary", dests.Elements.Keys);
        Assert.Contains("/01-alpha", dests.Elements.Keys);
        // Bookmarks: the contents, then each lesson with its sections.
        var outline = Bookmarks(pdf.Internals.Catalog.Elements.GetDictionary("/Outlines")!);
        Assert.Equal(["Contents", "1  Alpha", "2  Beta"], outline.Select(b => b.Title));
        Assert.Equal(["Summary", "Exercises"], outline[1].Children.Select(b => b.Title));
        Assert.Equal("/01-alpha", outline[1].Dest);

        var home = course.ReadOutput("index.html");
        Assert.Contains("href=\"downloads/math-for-ml.pdf\"", home, StringComparison.Ordinal);

        var unchanged = new FakeBrowser();
        var log = new ListBuildLog();
        await StaticExportCourse.BuildAsync(course, unchanged, log);
        Assert.Equal(0, unchanged.PdfCalls);
        Assert.Contains(log.Lines, l => l.StartsWith("PDF from the cache", StringComparison.Ordinal));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(course.Output, "downloads", "math-for-ml.pdf")));

        course.With("02_Beta.md", StaticExportCourse.Beta.Replace("Back to", "Return to", StringComparison.Ordinal));
        var edited = new FakeBrowser();
        var editedLog = new ListBuildLog();
        await StaticExportCourse.BuildAsync(course, edited, editedLog);
        Assert.Equal(["print-part-02-beta.html"], edited.PrintedPages);
        Assert.Contains(editedLog.Lines, l => l.StartsWith("Printed 1 of 3 parts", StringComparison.Ordinal));
        var rejoined = PdfReader.Open(Path.Combine(course.Output, "downloads", "math-for-ml.pdf"), PdfDocumentOpenMode.Import);
        Assert.Equal(3, rejoined.PageCount);
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

    /// <summary>The text the joiner writes in the page's last content stream: "(n / N) Tj".</summary>
    private static string PageNumberOf(PdfPage page)
    {
        var streams = (PdfArray)page.Elements["/Contents"]!;
        var last = (PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)streams.Elements[^1]).Value;
        var text = Encoding.ASCII.GetString(last.Stream.Value);
        var start = text.IndexOf('(', StringComparison.Ordinal);
        return text[(start + 1)..text.IndexOf(") Tj", StringComparison.Ordinal)];
    }

    private static List<string> LinkTargetsOf(PdfPage page) =>
        page.Elements.GetArray("/Annots") is { } annotations
            ? annotations.Elements.Select(a => a is PdfSharp.Pdf.Advanced.PdfReference r ? r.Value : a)
                .OfType<PdfDictionary>().Select(a => a.Elements.GetName("/Dest")).Where(d => d.Length > 0).ToList()
            : [];

    private sealed record Bookmark(string Title, string Dest, IReadOnlyList<Bookmark> Children);

    private static List<Bookmark> Bookmarks(PdfDictionary parent)
    {
        var list = new List<Bookmark>();
        for (var item = parent.Elements.GetDictionary("/First"); item is not null; item = item.Elements.GetDictionary("/Next"))
            list.Add(new Bookmark(item.Elements.GetString("/Title"), item.Elements.GetName("/Dest"), Bookmarks(item)));
        return list;
    }
}
