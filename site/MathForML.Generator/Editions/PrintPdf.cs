using System.Diagnostics;
using System.Globalization;
using MathForML.Generator.Browser;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;
using MathForML.Generator.Rendering;

namespace MathForML.Generator.Editions;

/// <summary>
/// Prints the print edition to <c>downloads/math-for-ml.pdf</c> with the build's headless chromium:
/// A4, the course title and page numbers in the footer, links within the course kept as links,
/// bookmarks from the headings. Without chromium, or when printing fails, the site is built
/// without the PDF (and the home page does not offer it); the log says why in one line.
/// </summary>
public sealed class PrintPdf : IBuildStage
{
    public string Name => "Print PDF";

    public async Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        if (course.HasErrors) return course;
        if (!course.Files.Any(f => f.Path == Downloads.PrintPage)) return course;

        var layout = new PdfLayout("A4", context.Settings.Site.Title);
        var cache = new PdfCache(context.Settings.CacheDirectory);
        var key = PdfCache.Key(course.Files, Downloads.PrintPage, layout);
        if (context.Options.UseCache && cache.Get(key) is { } cached)
        {
            context.Log.Info($"PDF from the cache ({Downloads.Size(cached.LongLength)})");
            return course.WithFiles([new SiteFile(Downloads.Pdf, cached)]);
        }
        if (!BuildBrowser.Available(context)) return course;

        var clock = Stopwatch.StartNew();
        try
        {
            var pdf = await BuildBrowser.Of(context).PrintPdfAsync(course.Files, Downloads.PrintPage, layout, cancellationToken);
            cache.Put(key, pdf);
            var seconds = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            context.Log.Info($"Printed the PDF with chromium in {seconds} s ({Downloads.Size(pdf.LongLength)})");
            return course.WithFiles([new SiteFile(Downloads.Pdf, pdf)]);
        }
        catch (BrowserExportException e)
        {
            context.Log.Info($"The PDF could not be printed ({e.Message}); everything else is built");
        }
        catch (BrowserUnavailableException)
        {
            BuildBrowser.Available(context); // says why, once
        }
        return course;
    }
}
