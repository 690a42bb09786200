using MathForML.Generator.Model;
using MathForML.Generator.Settings;
using Microsoft.Playwright;

namespace MathForML.Generator.Browser;

/// <summary>
/// A blank page with one of plotly.js's builds and the theme's charts.js loaded from disk (no CDN, no server), that
/// turns figures into SVG with <c>Plotly.toImage</c>. charts.js prepares each figure exactly as the
/// site draws it (light palette, fonts, margins), so an image looks like the interactive chart; the
/// title is left out because the figure's caption already shows it. The background is white, so the
/// image reads on paper and on the dark theme alike.
/// </summary>
internal sealed class ChartExportPage
{
    /// <summary>A figure that has not drawn after this long is given up (a WebGL chart that hangs without a GPU).</summary>
    private const int TimeoutMilliseconds = 30_000;

    private const string ExportScript = """
        async ({ figure, width, height, timeout }) => {
          const parsed = JSON.parse(figure);
          const title = parsed.layout && parsed.layout.title;
          const titleText = title && typeof title === 'object' ? title.text : title;
          const prepared = window.MathForMLCharts.prepare(parsed, 'light', titleText || '');
          prepared.layout.paper_bgcolor = '#ffffff';
          prepared.layout.width = width;
          prepared.layout.height = height;
          prepared.layout.autosize = false;
          let timer;
          const late = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('the chart did not draw within ' + (timeout / 1000) + ' s')), timeout); });
          try {
            return await Promise.race([
              Plotly.toImage({ data: prepared.data, layout: prepared.layout }, { format: 'svg', width: width, height: height, imageDataOnly: true }),
              late
            ]);
          } finally {
            clearTimeout(timer);
          }
        }
        """;

    private readonly IPage _page;

    private ChartExportPage(IPage page) => _page = page;

    public static async Task<ChartExportPage> OpenAsync(IBrowser browser, ToolPaths tools, PlotlyBundle bundle)
    {
        var plotly = tools.NodeModules is null ? null : bundle.PathIn(tools.NodeModules);
        if (plotly is null || !File.Exists(plotly))
            throw new BrowserExportException($"plotly.js is not installed (node_modules/{bundle.Package} is missing)");
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>");
        await page.AddScriptTagAsync(new() { Path = plotly });
        await page.AddScriptTagAsync(new() { Path = Path.Combine(tools.ThemeDirectory, "charts.js") });
        return new ChartExportPage(page);
    }

    public async Task<string> ExportAsync(string figureJson, ChartSize size)
    {
        var svg = await _page.EvaluateAsync<string>(ExportScript, new { figure = figureJson, width = size.Width, height = size.Height, timeout = TimeoutMilliseconds });
        if (string.IsNullOrEmpty(svg) || !svg.StartsWith("<svg", StringComparison.Ordinal))
            throw new BrowserExportException("plotly.js returned no SVG");
        return svg;
    }

    public async Task CloseAsync()
    {
        try
        {
            await _page.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // The page or the browser is already gone.
        }
    }
}
