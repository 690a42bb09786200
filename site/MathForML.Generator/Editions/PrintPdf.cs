using System.Diagnostics;
using System.Globalization;
using MathForML.Generator.Browser;
using MathForML.Generator.Editions.Pdf;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;
using MathForML.Generator.Rendering;

namespace MathForML.Generator.Editions;

/// <summary>
/// Prints the print edition to <c>downloads/math-for-ml.pdf</c> with the build's headless chromium:
/// A4, the course title and page numbers in the footer, links within the course kept as links,
/// bookmarks for every lesson and section. The edition prints in parts (<see cref="PrintEdition"/>),
/// several at once, each cached, so after an edit only the changed parts print again; PDFsharp joins
/// them (<see cref="PdfJoiner"/>), writes the bookmarks and numbers the pages. Without chromium, or
/// when printing fails, the site is built without the PDF (and the home page does not offer it); the
/// log says why in one line.
/// </summary>
public sealed class PrintPdf : IBuildStage
{
    /// <summary>
    /// Parts printed at once. Printing a part is one renderer's layout and one PDF writer, mostly on
    /// one core each, so this fills the cores; more only makes parts wait on each other.
    /// </summary>
    private static int PrintersAtOnce => Math.Max(2, Environment.ProcessorCount);

    public string Name => "Print PDF";

    public async Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        if (course.HasErrors || course.PrintEdition is not { } edition) return course;

        var layout = new PdfLayout("A4", context.Settings.Site.Title);
        var cache = new PdfPartCache(context.Settings.CacheDirectory);
        var files = course.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var shared = PdfPartCache.SharedKey(course.Files, layout);
        var keys = edition.Parts.Select(p => PdfPartCache.PartKey(shared, p, files)).ToList();
        var joinedKey = PdfPartCache.JoinedKey(keys, edition.Bookmarks);
        if (context.Options.UseCache && cache.GetJoined(joinedKey) is { } cached)
        {
            context.Log.Info($"PDF from the cache ({Downloads.Size(cached.LongLength)})");
            return course.WithFiles([new SiteFile(Downloads.Pdf, cached)]);
        }

        var parts = keys.Select(k => context.Options.UseCache ? cache.GetPart(k) : null).ToArray();
        var toPrint = Enumerable.Range(0, parts.Length).Where(i => parts[i] is null).ToList();
        if (toPrint.Count > 0 && !BuildBrowser.Available(context)) return course;

        var clock = Stopwatch.StartNew();
        try
        {
            var browser = BuildBrowser.Of(context);
            var partPages = toPrint.Select(i => SiteFile.Text(PartPath(edition.Parts[i]), edition.Parts[i].Html)).ToList();
            var pdfs = await browser.PrintPdfsAsync([.. course.Files, .. partPages], partPages.Select(p => p.Path).ToList(), layout, PrintersAtOnce, cancellationToken);
            for (var k = 0; k < toPrint.Count; k++)
            {
                cache.PutPart(keys[toPrint[k]], pdfs[k]);
                parts[toPrint[k]] = pdfs[k];
            }
        }
        catch (BrowserExportException e)
        {
            context.Log.Info($"The PDF could not be printed ({e.Message}); everything else is built");
            return course;
        }
        catch (BrowserUnavailableException)
        {
            BuildBrowser.Available(context); // says why, once
            return course;
        }
        cache.KeepOnlyParts(keys);
        var printed = clock.Elapsed;

        clock.Restart();
        var (pdfBytes, pages) = Join(parts!, edition, context);
        cache.PutJoined(joinedKey, pdfBytes);
        context.Log.Info(
            $"Printed {toPrint.Count} of {parts.Length} parts of the PDF with chromium in {Seconds(printed)} s, " +
            $"joined them in {Seconds(clock.Elapsed)} s ({pages} pages, {Downloads.Size(pdfBytes.LongLength)})");
        return course.WithFiles([new SiteFile(Downloads.Pdf, pdfBytes)]);
    }

    /// <summary>Where a part is served from while it prints: beside <c>print.html</c>, so its relative links load the same files. It is never written to the site.</summary>
    internal static string PartPath(PrintPart part) => $"print-part-{part.Name}.html";

    private static (byte[] Pdf, int Pages) Join(IReadOnlyList<byte[]> parts, PrintEdition edition, BuildContext context)
    {
        var joined = PdfJoiner.Join(parts);
        var document = joined.Document;
        if (joined.UnresolvedLinks.Count > 0)
            context.Log.Info($"{joined.UnresolvedLinks.Count} links of the print edition lead to no place in the PDF and were left out (#{string.Join(", #", joined.UnresolvedLinks.Distinct().Take(5))})");
        PdfBookmarks.Write(document, edition.Bookmarks, joined.Places);
        PdfPageNumbers.Draw(document);
        document.Info.Title = context.Settings.Site.Title;
        document.Info.Creator = "MathForML";
        document.ViewerPreferences.DisplayDocTitle = true;
        var pages = document.PageCount; // a saved document can no longer be read
        using var stream = new MemoryStream();
        document.Save(stream);
        return (stream.ToArray(), pages);
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
}
