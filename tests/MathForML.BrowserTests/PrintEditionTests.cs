using System.Text.RegularExpressions;
using MathForML.BrowserTests.Support;
using MathForML.Generator.Assets;
using Microsoft.Playwright;

namespace MathForML.BrowserTests;

/// <summary>The static chart images, the print edition and its PDF, as chromium drew and printed them.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class PrintEditionTests(BuiltSite site)
{
    private static readonly string[] LessonTitles = ["Overview", "Vectors", "Eigenvalues", "Probability"];

    private string PdfPath => Path.Combine(site.Output, "downloads", "math-for-ml.pdf");

    [Fact]
    public async Task The_pdf_has_every_lesson_in_order_after_the_contents()
    {
        var pdf = await PdfText.ReadAsync(PdfPath);
        var contents = pdf.Pages.ToList().FindIndex(p => Lines(p).Contains("Contents"));
        Assert.True(contents >= 0, "no Contents page");
        var at = contents;
        foreach (var title in LessonTitles)
        {
            var page = pdf.Pages.ToList().FindIndex(at + 1, p => Lines(p).Contains(title));
            Assert.True(page > at, $"lesson '{title}' not found after page {at + 1}");
            at = page;
        }
        Assert.True(pdf.PageCount >= LessonTitles.Length + 2, $"{pdf.PageCount} pages for a cover, contents and {LessonTitles.Length} lessons");
    }

    [Fact]
    public async Task Every_page_of_the_pdf_has_its_number_in_the_footer()
    {
        var pdf = await PdfText.ReadAsync(PdfPath);
        for (var i = 0; i < pdf.PageCount; i++)
        {
            // pdftotext keeps or drops the spaces around the slash depending on the glyphs' spacing.
            var number = new Regex($@"(?<!\d){i + 1}\s*/\s*{pdf.PageCount}(?!\d)");
            Assert.True(number.IsMatch(pdf.Pages[i]), $"page {i + 1} has no page number:\n{pdf.Pages[i]}");
        }
        Assert.Contains("Fixture Course", pdf.Pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_draws_the_chart_and_links_within_itself()
    {
        var pdf = await PdfText.ReadAsync(PdfPath);
        // The axis title is text in the chart's SVG: in print the chart's data table is hidden, so
        // this text can only come from the drawing.
        Assert.Contains(pdf.Pages, p => p.Contains("x squared", StringComparison.Ordinal));
        var bytes = await File.ReadAllBytesAsync(PdfPath);
        var raw = System.Text.Encoding.Latin1.GetString(bytes);
        // PDFsharp, which joins the parts, writes names without a space between them.
        Assert.True(Regex.Count(raw, @"/Subtype\s*/Link") >= LessonTitles.Length, "the contents' links are missing from the PDF");
        Assert.Contains("/Dest", raw, StringComparison.Ordinal);       // links to places in the PDF
        Assert.Contains("/Outlines", raw, StringComparison.Ordinal);   // bookmarks
        Assert.DoesNotContain("mathforml.invalid", raw, StringComparison.Ordinal); // no link to the printing origin
    }

    [Fact]
    public void The_pdf_has_bookmarks_for_every_lesson_and_its_links_land_on_named_places()
    {
        // The parts print separately; these hold only if joining kept every place and relinked every link.
        var pdf = PdfSharp.Pdf.IO.PdfReader.Open(PdfPath, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        var dests = pdf.Internals.Catalog.Elements.GetDictionary("/Dests")!.Elements.Keys.ToHashSet(StringComparer.Ordinal);
        var outline = new List<(string Title, string Dest, int Children)>();
        for (var item = pdf.Internals.Catalog.Elements.GetDictionary("/Outlines")!.Elements.GetDictionary("/First"); item is not null; item = item.Elements.GetDictionary("/Next"))
            outline.Add((item.Elements.GetString("/Title"), item.Elements.GetName("/Dest"), item.Elements.GetInteger("/Count")));
        Assert.Equal("Contents", outline[0].Title);
        Assert.Equal(LessonTitles.Length, outline.Count - 1);
        for (var i = 0; i < LessonTitles.Length; i++)
        {
            Assert.EndsWith(LessonTitles[i], outline[i + 1].Title, StringComparison.Ordinal);
            Assert.True(outline[i + 1].Children < 0, $"'{outline[i + 1].Title}' should be closed over its sections");
        }
        Assert.All(outline, b => Assert.Contains(b.Dest, dests));

        var links = pdf.Pages.Cast<PdfSharp.Pdf.PdfPage>()
            .SelectMany(p => p.Elements.GetArray("/Annots")?.Elements.Select(a => a is PdfSharp.Pdf.Advanced.PdfReference r ? r.Value : a).OfType<PdfSharp.Pdf.PdfDictionary>() ?? [])
            .Select(a => a.Elements.GetName("/Dest")).Where(d => d.Length > 0).ToList();
        // The contents page is a part of its own: its links to the lessons crossed parts.
        Assert.True(links.Count >= LessonTitles.Length, $"{links.Count} links within the PDF");
        Assert.All(links, d => Assert.Contains(d, dests));
    }

    [Fact]
    public async Task A_chart_has_a_static_svg_that_the_page_references()
    {
        var lesson = await File.ReadAllTextAsync(Path.Combine(site.Output, "01-vectors.html"));
        var src = ChartImage().Match(lesson);
        Assert.True(src.Success, "01-vectors.html has no chart image");
        var svg = await File.ReadAllTextAsync(Path.Combine(site.Output, src.Groups["src"].Value));
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("x squared", svg, StringComparison.Ordinal);
        Assert.Contains(site.BuildLog.Lines, l => l.StartsWith("Exported 4 of 4 charts to SVG", StringComparison.Ordinal)); // the fixture draws 4 charts, one of them explorable (its initial frame)
        var print = await File.ReadAllTextAsync(Path.Combine(site.Output, "print.html"));
        Assert.Contains($"src=\"{src.Groups["src"].Value}\"", print, StringComparison.Ordinal);
    }

    [Fact]
    public Task Without_javascript_the_chart_shows_its_image() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.Http + "01-vectors.html");
        var image = page.Locator(".chart-plot .chart-image").First;
        await image.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(image).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('.chart-image'); return i.complete && i.naturalWidth > 0; }");
        var box = await image.BoundingBoxAsync();
        Assert.True(box is { Width: > 300, Height: > 150 }, $"the image is {box?.Width}×{box?.Height}");
        // The "This chart needs JavaScript." note gives way to the image.
        Assert.Equal("none", await page.Locator(".chart-plot").First.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content"));
        Assert.Empty(problems.All);
    }, javaScript: false);

    [Fact]
    public Task With_javascript_plotly_replaces_the_image() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.Http + "01-vectors.html");
        var plot = page.Locator(".chart-plot").First;
        Assert.Equal(1, await plot.Locator(".chart-image").CountAsync());
        await plot.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(plot).ToHaveAttributeAsync("data-chart-state", "done");
        Assert.Equal(0, await plot.Locator(".chart-image").CountAsync());
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task The_print_edition_loads_everything_and_links_only_within_itself() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.Http + "print.html", new() { WaitUntil = WaitUntilState.Load });
        Assert.Equal(LessonTitles, await page.Locator("article.print-lesson h1").AllTextContentsAsync());
        Assert.Equal(0, await page.Locator("script, .sidebar, .site-header").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"));
        Assert.True(await page.EvaluateAsync<bool>("() => { const ids = Array.from(document.querySelectorAll('[id]'), e => e.id); return new Set(ids).size === ids.length; }"));
        var broken = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a[href^=\"#\"]'), a => a.getAttribute('href').slice(1)).filter(id => !document.getElementById(id))");
        Assert.Empty(broken);
        // Every solution printed open (hints too).
        Assert.True(await page.Locator("details:has(summary:text-is('Solution'))").CountAsync() >= 3);
        Assert.Equal(0, await page.Locator("details:has(summary:text-is('Solution')):not([open]), details:has(summary:text-is('Hint')):not([open])").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>($"() => document.fonts.check('1em \"{MathFont.Family}\"', '∑')"));
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task On_screen_lessons_far_from_the_view_skip_layout_and_a_jump_from_the_contents_still_lands() => site.RunAsync(async (page, problems) =>
    {
        await page.SetViewportSizeAsync(1280, 600);
        await page.GotoAsync(site.Http + "print.html", new() { WaitUntil = WaitUntilState.Load });
        Assert.Equal("auto", await page.Locator("article.print-lesson").First.EvaluateAsync<string>("e => getComputedStyle(e).contentVisibility"));
        var last = page.Locator("article.print-lesson").Last;
        var id = await last.GetAttributeAsync("id");
        await page.Locator($".print-toc a[href='#{id}']").ClickAsync();
        // Still at the top of the view after the lessons around it rendered at their real heights.
        await page.WaitForTimeoutAsync(500);
        var top = await last.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.InRange(top, -1, 200);
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task The_home_page_offers_the_print_edition_and_the_pdf() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.Http + "index.html");
        var links = page.Locator(".home-downloads a");
        Assert.Equal(["downloads/math-for-ml.zip", "print.html", "downloads/math-for-ml.pdf"], await links.EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))"));
        var size = new Regex(@"^\(\d+(\.\d)? (KB|MB)\)$");
        await Assertions.Expect(page.Locator(".home-downloads .download-size")).ToHaveTextAsync(new[] { size, size }); // the zip's and the PDF's
        var response = await page.APIRequest.GetAsync(site.Http + "downloads/math-for-ml.pdf");
        Assert.Equal(200, response.Status);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await response.BodyAsync(), 0, 5), StringComparison.Ordinal);
        Assert.Empty(problems.All);
    });

    private static IReadOnlyList<string> Lines(string page) => page.Split('\n').Select(l => l.Trim()).ToList();

    [GeneratedRegex("<img class=\"chart-image\" src=\"(?<src>charts/[0-9a-f]{16}\\.svg)\" alt=\"\" loading=\"lazy\" width=\"720\" height=\"420\">")]
    private static partial Regex ChartImage();
}
