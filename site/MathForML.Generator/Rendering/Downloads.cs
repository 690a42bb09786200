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

    public static IReadOnlyList<DownloadLink> For(Course course)
    {
        var files = course.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var items = new List<DownloadLink>();
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
