using System.Text.RegularExpressions;
using MathForML.Generator.Browser;
using MathForML.Generator.Model;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace MathForML.Tests.StaticExports;

/// <summary>
/// A headless browser that draws every chart as a tiny SVG naming its size, fails on figures with a
/// 3-D surface (as chromium without a GPU may), prints a page as a small real PDF the way chromium
/// does (see <see cref="PrintPdfsAsync"/>), and counts what it was asked. With
/// <see cref="Unavailable"/> set it stands for a machine without chromium.
/// </summary>
public sealed partial class FakeBrowser : IHeadlessBrowser
{
    public string? Unavailable { get; init; }

    public int ChartCalls { get; private set; }

    /// <summary>The plotly.js build each chart was asked to be drawn with, in order.</summary>
    public List<string> ChartBundles { get; } = [];

    public int PdfCalls { get; private set; }

    /// <summary>The plotly.js builds the build asked to have ready before its first chart.</summary>
    public List<string> WarmedUp { get; } = [];

    public IReadOnlyList<SiteFile> PrintedFiles { get; private set; } = [];

    /// <summary>The pages printed, in the order they were asked for.</summary>
    public List<string> PrintedPages { get; } = [];

    public Task<string> ExportChartSvgAsync(string figureJson, ChartSize size, Generator.Model.PlotlyBundle plotly, CancellationToken cancellationToken)
    {
        if (Unavailable is not null) throw new BrowserUnavailableException(Unavailable);
        ChartCalls++;
        ChartBundles.Add(plotly.Package);
        if (figureJson.Contains("\"surface\"", StringComparison.Ordinal)) throw new BrowserExportException("WebGL is not available");
        return Task.FromResult($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size.Width}\" height=\"{size.Height}\"/>");
    }

    public Task WarmUpChartsAsync(Generator.Model.PlotlyBundle plotly, CancellationToken cancellationToken)
    {
        lock (WarmedUp) WarmedUp.Add(plotly.Package);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<byte[]>> PrintPdfsAsync(IReadOnlyList<SiteFile> files, IReadOnlyList<string> pagePaths, PdfLayout layout, int printers, CancellationToken cancellationToken)
    {
        if (Unavailable is not null) throw new BrowserUnavailableException(Unavailable);
        Assert.True(printers >= 1);
        var pdfs = new List<byte[]>();
        foreach (var pagePath in pagePaths)
        {
            PdfCalls++;
            PrintedPages.Add(pagePath);
            pdfs.Add(PrintLikeChromium(System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == pagePath).Content)));
        }
        PrintedFiles = files;
        return Task.FromResult<IReadOnlyList<byte[]>>(pdfs);
    }

    /// <summary>
    /// One page, and what chromium keeps of the links: a named place (catalog <c>/Dests</c>) for each id
    /// a link of the page points at, and a web link for each link that leaves the page.
    /// </summary>
    private static byte[] PrintLikeChromium(string html)
    {
        var document = new PdfDocument();
        var page = document.AddPage();
        var dests = new PdfDictionary(document);
        foreach (var id in SamePageLink().Matches(html).Select(m => m.Groups["id"].Value).Distinct(StringComparer.Ordinal))
        {
            if (html.Contains($" id=\"{id}\"", StringComparison.Ordinal))
                dests.Elements["/" + id] = new PdfArray(document, page.Reference!, new PdfName("/XYZ"), new PdfInteger(0), new PdfInteger(800), new PdfInteger(0));
        }
        document.Internals.AddObject(dests);
        document.Internals.Catalog.Elements.SetReference("/Dests", dests);
        foreach (var url in WebLink().Matches(html).Select(m => m.Groups["url"].Value))
            page.AddWebLink(new PdfRectangle(new PdfSharp.Drawing.XRect(10, 10, 20, 10)), url);
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    [GeneratedRegex(@"href=""\#(?<id>[^""]+)""")]
    private static partial Regex SamePageLink();

    [GeneratedRegex(@"href=""(?<url>https?://[^""]+)""")]
    private static partial Regex WebLink();
}
