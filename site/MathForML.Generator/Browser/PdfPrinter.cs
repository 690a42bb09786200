using MathForML.Generator.Model;
using Microsoft.Playwright;

namespace MathForML.Generator.Browser;

/// <summary>
/// Prints one page of the built site to PDF. The page is loaded from the in-memory site files through
/// Playwright's request routing (no folder written, no server, nothing from the network), shown as
/// print media, and printed once its fonts (KaTeX's) and images (the charts) have loaded.
/// Chromium keeps the page's <c>#anchor</c> links as links inside the PDF, naming each place a link
/// of the page points at.
/// </summary>
internal static class PdfPrinter
{
    /// <summary>A made-up origin: routing answers every request, so the name is never resolved.</summary>
    private const string Origin = "http://mathforml.invalid/";

    private const string WaitForFontsAndImages = """
        async () => {
          await Promise.all(Array.from(document.images, image => image.complete ? null :
            new Promise(done => { image.addEventListener('load', done); image.addEventListener('error', done); })));
          await document.fonts.ready;
        }
        """;

    public static async Task<byte[]> PrintAsync(IBrowser browser, IReadOnlyList<SiteFile> files, string pagePath, PdfLayout layout, CancellationToken cancellationToken)
    {
        var byPath = new Dictionary<string, SiteFile>(StringComparer.Ordinal);
        foreach (var file in files) byPath[file.Path] = file;

        await using var context = await browser.NewContextAsync(new() { JavaScriptEnabled = true });
        context.SetDefaultTimeout(180_000);
        await context.RouteAsync("**/*", route =>
        {
            var url = route.Request.Url;
            if (!url.StartsWith(Origin, StringComparison.Ordinal)) return route.AbortAsync();
            var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath.TrimStart('/'));
            return byPath.TryGetValue(path, out var file)
                ? route.FulfillAsync(new() { Status = 200, BodyBytes = file.Content, ContentType = ContentTypes.Of(path) })
                : route.FulfillAsync(new() { Status = 404, Body = "" });
        });

        var page = await context.NewPageAsync();
        cancellationToken.ThrowIfCancellationRequested();
        await page.GotoAsync(Origin + pagePath, new() { WaitUntil = WaitUntilState.Load });
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.EvaluateAsync(WaitForFontsAndImages);
        cancellationToken.ThrowIfCancellationRequested();
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
