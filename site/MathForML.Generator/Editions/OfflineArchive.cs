using MathForML.Generator.Model;

namespace MathForML.Generator.Editions;

/// <summary>
/// The whole site as one zip: every file under one folder, so unzipping makes <c>math-for-ml/</c>
/// with <c>index.html</c> inside, and a README on top. Entries are sorted and stamped with a fixed
/// time, so the same site always gives the same bytes.
/// </summary>
public static class OfflineArchive
{
    public const string Path = Rendering.Downloads.OfflineZip;

    public const string Folder = "math-for-ml";

    public static byte[] Write(IEnumerable<SiteFile> files, string readme, ZipEntryCache? cache = null)
    {
        cache ??= ZipEntryCache.None();
        var entries = new List<(string, ZipEntryData)>
        {
            (Folder + "/README.txt", ZipEntryData.For("README.txt", System.Text.Encoding.UTF8.GetBytes(readme))),
        };
        // Each file is hashed, and read from the cache or deflated, on all cores; the zip keeps the sorted order.
        var sorted = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        var data = new ZipEntryData[sorted.Length];
        Parallel.For(0, sorted.Length, i => data[i] = cache.Get(sorted[i].Path, sorted[i].Content));
        entries.AddRange(sorted.Select((file, i) => (Folder + "/" + file.Path, data[i])));
        return ZipWriter.Write(entries);
    }
}
