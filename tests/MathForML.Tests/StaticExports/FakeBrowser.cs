using MathForML.Generator.Browser;
using MathForML.Generator.Model;

namespace MathForML.Tests.StaticExports;

/// <summary>
/// A headless browser that draws every chart as a tiny SVG naming its size, fails on figures with a
/// 3-D surface (as chromium without a GPU may), prints a fixed "PDF", and counts what it was asked.
/// With <see cref="Unavailable"/> set it stands for a machine without chromium.
/// </summary>
public sealed class FakeBrowser : IHeadlessBrowser
{
    public static readonly byte[] PdfBytes = "%PDF-1.4 fake"u8.ToArray();

    public string? Unavailable { get; init; }

    public int ChartCalls { get; private set; }

    /// <summary>The plotly.js build each chart was asked to be drawn with, in order.</summary>
    public List<string> ChartBundles { get; } = [];

    public int PdfCalls { get; private set; }

    /// <summary>The plotly.js builds the build asked to have ready before its first chart.</summary>
    public List<string> WarmedUp { get; } = [];

    public IReadOnlyList<SiteFile> PrintedFiles { get; private set; } = [];

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

    public Task<byte[]> PrintPdfAsync(IReadOnlyList<SiteFile> files, string pagePath, PdfLayout layout, CancellationToken cancellationToken)
    {
        if (Unavailable is not null) throw new BrowserUnavailableException(Unavailable);
        PdfCalls++;
        PrintedFiles = files;
        return Task.FromResult(PdfBytes);
    }
}
