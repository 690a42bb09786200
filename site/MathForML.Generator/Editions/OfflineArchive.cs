using System.IO.Compression;
using MathForML.Generator.Model;

namespace MathForML.Generator.Editions;

/// <summary>
/// The whole site as one zip: every file under one folder, so unzipping makes <c>math-for-ml/</c>
/// with <c>index.html</c> inside. Entries are sorted and stamped with a fixed time, so the same site
/// always gives the same bytes (a reproducible download, and a cache that can trust its key).
/// </summary>
public static class OfflineArchive
{
    public const string Path = "downloads/math-for-ml.zip";

    public const string Folder = "math-for-ml";

    // The earliest time a zip entry can hold; any fixed value would do.
    private static readonly DateTimeOffset Stamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Already compressed: deflating them again costs time and saves nothing.
    private static readonly HashSet<string> Stored = new(StringComparer.OrdinalIgnoreCase)
    {
        ".woff2", ".woff", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".zip", ".pdf", ".gz", ".br",
    };

    public static byte[] Write(IEnumerable<SiteFile> files, string readme)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "README.txt", System.Text.Encoding.UTF8.GetBytes(readme));
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
                Add(zip, file.Path, file.Content);
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string path, byte[] content)
    {
        var level = Stored.Contains(System.IO.Path.GetExtension(path)) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
        var entry = zip.CreateEntry(Folder + "/" + path, level);
        entry.LastWriteTime = Stamp;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
