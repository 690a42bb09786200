using MathForML.Generator.Model;

namespace MathForML.Generator.Browser;

/// <summary>
/// What the build asks of a headless browser: a chart drawn as SVG by plotly.js, and a page of the
/// built site printed to PDF. One browser serves a whole build (and a preview's every rebuild);
/// tests hand in a fake. Implementations start the browser on first use, not before.
/// </summary>
public interface IHeadlessBrowser
{
    /// <summary>Null when the browser can be used; otherwise one line saying why not (e.g. chromium not found).</summary>
    string? Unavailable { get; }

    /// <summary>
    /// Draws a plotly figure (<c>{"data":…,"layout":…}</c>) at the given size with the given plotly.js
    /// build (the one its image is cached under) and returns the SVG document. Throws <see cref="BrowserExportException"/> when the figure cannot be drawn (a
    /// WebGL chart without a GPU, say); the browser stays usable for the next figure. Throws
    /// <see cref="BrowserUnavailableException"/> when the browser cannot start.
    /// </summary>
    Task<string> ExportChartSvgAsync(string figureJson, ChartSize size, Model.PlotlyBundle plotly, CancellationToken cancellationToken);

    /// <summary>
    /// Starts the browser and loads <paramref name="plotly"/> for drawing now, so a build that will draw
    /// many charts pays for that while its cells run rather than after them. Never throws: a browser
    /// that cannot start says so when the first chart is asked of it.
    /// </summary>
    Task WarmUpChartsAsync(Model.PlotlyBundle plotly, CancellationToken cancellationToken);

    /// <summary>
    /// Prints each of <paramref name="pagePaths"/> of the site made of <paramref name="files"/> (served
    /// from memory, nothing from the network) to PDF once its fonts and images have loaded, with
    /// <paramref name="printers"/> pages printing side by side; the PDFs come back in the order asked.
    /// </summary>
    Task<IReadOnlyList<byte[]>> PrintPdfsAsync(IReadOnlyList<SiteFile> files, IReadOnlyList<string> pagePaths, PdfLayout layout, int printers, CancellationToken cancellationToken);
}

/// <summary>How the PDF is laid out: paper size and the footer (the course title and page numbers).</summary>
public sealed record PdfLayout(string Format, string Title);

/// <summary>A figure or page the browser could not export; the message says why, for a warning. The browser stays usable.</summary>
public sealed class BrowserExportException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The browser itself could not be started or stopped working; <see cref="IHeadlessBrowser.Unavailable"/> now says why.</summary>
public sealed class BrowserUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
