using MathForML.Generator.Model;
using MathForML.Generator.Settings;
using Microsoft.Playwright;

namespace MathForML.Generator.Browser;

/// <summary>
/// One headless chromium, driven by Playwright, for everything a build draws or prints: started on
/// first use (a build whose chart images all come from the cache and that prints nothing never
/// starts it) and kept until disposed, so the chart page with plotly.js loaded serves every chart
/// and the PDF reuses the same process.
/// </summary>
public sealed class ChromiumBrowser : IHeadlessBrowser, IAsyncDisposable
{
    /// <summary>Headless without GPU, sandbox (containers, CI as root) or any traffic of its own.</summary>
    public static readonly IReadOnlyList<string> Arguments =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private readonly string? _executable;
    private readonly ToolPaths _tools;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly Dictionary<PlotlyBundle, ChartExportPage> _chartPages = [];
    private string? _startFailure;
    private readonly bool _borrowed;

    /// <param name="tools">Where plotly.js (node_modules) and the theme's charts.js are.</param>
    /// <param name="executable">The chromium to drive; null when none was found.</param>
    public ChromiumBrowser(ToolPaths tools, string? executable)
    {
        _tools = tools;
        _executable = executable;
    }

    /// <summary>
    /// Uses a browser the caller launched and keeps (the browser tests' own, say): one chromium for
    /// the tests and the build they test. Disposing this closes only the pages it opened.
    /// </summary>
    public ChromiumBrowser(ToolPaths tools, IBrowser running)
    {
        _tools = tools;
        _executable = "(a running browser)";
        _browser = running;
        _borrowed = true;
    }

    /// <summary>A browser over the chromium <see cref="ChromiumLocator"/> finds (or a configured one).</summary>
    public static ChromiumBrowser Locate(ToolPaths tools, string? configuredPath = null) =>
        new(tools, ChromiumLocator.Find(configuredPath));

    public string? Unavailable => _executable is null
        ? "chromium not found (apt-get install chromium, or set CHROME_PATH)"
        : _startFailure;

    public async Task<string> ExportChartSvgAsync(string figureJson, ChartSize size, PlotlyBundle plotly, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var browser = await StartAsync();
            try
            {
                return await (await ChartPageAsync(browser, plotly)).ExportAsync(figureJson, size);
            }
            catch (PlaywrightException e)
            {
                // A page that crashed (a GPU process gone, say) is replaced for the next figure.
                await CloseChartPagesAsync();
                throw new BrowserExportException(FirstLine(e.Message), e);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task WarmUpChartsAsync(PlotlyBundle plotly, CancellationToken cancellationToken)
    {
        try
        {
            await _gate.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        try
        {
            await ChartPageAsync(await StartAsync(), plotly);
        }
        catch (Exception e) when (e is BrowserUnavailableException or BrowserExportException or PlaywrightException or TimeoutException)
        {
            // Reported by the first chart drawn: StartAsync kept the reason, and a page that failed to
            // open is opened again (and fails with its message) when a chart needs it.
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<byte[]>> PrintPdfsAsync(IReadOnlyList<SiteFile> files, IReadOnlyList<string> pagePaths, PdfLayout layout, int printers, CancellationToken cancellationToken)
    {
        IBrowser browser;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            browser = await StartAsync();
        }
        finally
        {
            _gate.Release();
        }
        try
        {
            return await PdfPrinter.PrintAllAsync(browser, files, pagePaths, layout, printers, cancellationToken);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            throw new BrowserExportException(FirstLine(e.Message), e);
        }
    }

    private async Task<IBrowser> StartAsync()
    {
        if (_browser is { IsConnected: true }) return _browser;
        if (_borrowed) _startFailure ??= "the browser handed to the build has closed";
        if (Unavailable is { } reason) throw new BrowserUnavailableException(reason);
        await CloseChartPagesAsync();
        try
        {
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = _executable,
                Args = Arguments,
                Headless = true,
                Timeout = 60_000,
            });
            return _browser;
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException or IOException)
        {
            _startFailure = $"chromium ({_executable}) could not start: {FirstLine(e.Message)}";
            throw new BrowserUnavailableException(_startFailure, e);
        }
    }

    /// <summary>
    /// One page per plotly.js build, opened on first use: most figures draw with the cartesian one
    /// (loads in a third of the time); the first 3-D figure opens a second page with the full build.
    /// </summary>
    private async Task<ChartExportPage> ChartPageAsync(IBrowser browser, PlotlyBundle plotly)
    {
        if (!_chartPages.TryGetValue(plotly, out var page))
            _chartPages[plotly] = page = await ChartExportPage.OpenAsync(browser, _tools, plotly);
        return page;
    }

    private async Task CloseChartPagesAsync()
    {
        var pages = _chartPages.Values.ToList();
        _chartPages.Clear();
        foreach (var page in pages) await page.CloseAsync();
    }

    private static string FirstLine(string message)
    {
        var text = message.Trim();
        var end = text.IndexOf('\n');
        return end < 0 ? text : text[..end].Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await CloseChartPagesAsync();
        if (_browser is not null && !_borrowed)
        {
            try
            {
                await _browser.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already gone.
            }
        }
        _playwright?.Dispose();
        _gate.Dispose();
    }
}
