using MathForML.Generator.Model;
using Microsoft.Playwright;

namespace MathForML.Generator.Browser;

/// <summary>
/// Prints pages of the built site to PDF. A page is loaded from the in-memory site files, served on a
/// loopback port (<see cref="LoopbackSite"/>; no folder written), shown as print media, and printed
/// once its fonts (the math font's) and images (the charts) have loaded.
/// Chromium keeps the page's <c>#anchor</c> links as links inside the PDF, naming each place a link
/// of the page points at.
/// </summary>
internal static class PdfPrinter
{
    private const string WaitForFontsAndImages = """
        async () => {
          await Promise.all(Array.from(document.images, image => image.complete ? null :
            new Promise(done => { image.addEventListener('load', done); image.addEventListener('error', done); })));
          await document.fonts.ready;
        }
        """;

    /// <summary>
    /// Prints the pages with <paramref name="printers"/> printers, each a browser page that prints one
    /// site page after another. A printer keeps its page: a new context a part cost a renderer process,
    /// the stylesheets and fonts again, and doubled the time (82 s against 42 s for the 26
    /// parts of the course on 2 cores). The page is in print media from the start, so it is laid out
    /// once, for print, not for the screen first.
    /// </summary>
    public static async Task<IReadOnlyList<byte[]>> PrintAllAsync(IBrowser browser, IReadOnlyList<SiteFile> files, IReadOnlyList<string> pagePaths, PdfLayout layout, int printers, CancellationToken cancellationToken)
    {
        using var site = new LoopbackSite(files);
        var pdfs = new byte[pagePaths.Count][];
        var next = -1;
        async Task PrinterAsync()
        {
            await using var context = await browser.NewContextAsync(new() { JavaScriptEnabled = true });
            context.SetDefaultTimeout(180_000);
            // No request routing: it would turn chromium's cache off (see LoopbackSite). The site is
            // self-contained (the offline edition's tests hold it to that), so nothing else is asked for.
            var page = await context.NewPageAsync();
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            for (var i = Interlocked.Increment(ref next); i < pagePaths.Count; i = Interlocked.Increment(ref next))
            {
                cancellationToken.ThrowIfCancellationRequested();
                pdfs[i] = await PrintAsync(page, site.Origin + pagePaths[i], layout);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Math.Clamp(printers, 1, Math.Max(1, pagePaths.Count))).Select(_ => PrinterAsync()));
        return pdfs;
    }

    private static async Task<byte[]> PrintAsync(IPage page, string url, PdfLayout layout)
    {
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        await page.EvaluateAsync(WaitForFontsAndImages);
        return await page.PdfAsync(new()
        {
            Format = layout.Format,
            PrintBackground = true,
            Margin = new() { Top = "16mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = Footer(layout.Title),
            // The parts' outlines and tags are not joined: bookmarks are written for the whole book
            // when its parts are joined (Editions/Pdf), and tagging costs a sixth of the printing.
            Outline = false,
            Tagged = false,
        });
    }

    /// <summary>The course title on the left. The page numbers of the whole book are drawn when the
    /// parts are joined (Editions/Pdf/PdfPageNumbers), on this line. The template has no page styles
    /// of its own: sizes and colours must be set inline or chromium prints them tiny.</summary>
    private static string Footer(string title) =>
        "<div style=\"width:100%;margin:0 15mm;display:flex;justify-content:space-between;font:8pt system-ui,'Liberation Sans',Arial,sans-serif;color:#57606a\">" +
        "<span>" + System.Net.WebUtility.HtmlEncode(title) + "</span></div>";
}
