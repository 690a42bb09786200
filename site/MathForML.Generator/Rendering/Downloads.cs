using System.Globalization;
using MathForML.Generator.Model;

namespace MathForML.Generator.Rendering;

/// <summary>A way to take the course along, as the home page lists it; <paramref name="Bytes"/> is shown when known.</summary>
public sealed record DownloadLink(string Label, string Url, string Description, long? Bytes = null);

/// <summary>
/// The "Take it with you" items of the home page, from the files the build made before the pages:
/// an item whose file is not there (no chromium, so no PDF) is left out rather than linked broken.
/// To offer another download, add it here.
/// </summary>
public static class Downloads
{
    public const string PrintPage = "print.html";

    public const string Pdf = "downloads/math-for-ml.pdf";

    public const string OfflineZip = "downloads/math-for-ml.zip";

    public static IReadOnlyList<DownloadLink> For(Course course) => For(course.Files);

    /// <summary>
    /// The items for a site made of <paramref name="siteFiles"/>; the offline zip is listed when its
    /// size is given (it is packed after the pages, and the copy of the home page inside it cannot
    /// link to the zip itself).
    /// </summary>
    public static IReadOnlyList<DownloadLink> For(IEnumerable<SiteFile> siteFiles, long? offlineZipBytes = null)
    {
        var files = siteFiles.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var items = new List<DownloadLink>();
        if (offlineZipBytes is { } zip)
            items.Add(new("Offline edition", OfflineZip, "The whole site in one zip: unzip it and open index.html. Search, math and charts work with no connection.", zip));
        if (files.ContainsKey(PrintPage))
            items.Add(new("Print edition", PrintPage, "The whole course on one page, with the solutions: print it, or save it as a PDF from your browser."));
        if (files.TryGetValue(Pdf, out var pdf))
            items.Add(new("PDF", Pdf, "The print edition as a PDF for reading offline: A4, page numbers, bookmarks and working links.", pdf.Content.LongLength));
        return items;
    }

    /// <summary>A file size for people: <c>840 KB</c>, <c>2.4 MB</c>.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => Math.Max(1, (int)Math.Round(bytes / 1024.0)).ToString(CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };
}
