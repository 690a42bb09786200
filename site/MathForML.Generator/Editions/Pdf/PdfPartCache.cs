using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MathForML.Execution.Storage;
using MathForML.Generator.Browser;
using MathForML.Generator.Model;

namespace MathForML.Generator.Editions.Pdf;

/// <summary>
/// The printed parts of the PDF, kept in <c>.cache/pdf/parts/KEY.pdf</c> so an edit prints again only
/// the parts it changed, and the last joined PDF, <c>.cache/pdf/KEY.pdf</c>, so a build that changed
/// nothing in the print edition neither prints nor joins. A part's key covers its page, everything the
/// pages load (stylesheets, fonts) and the images the part shows; the joined key covers every part's
/// key and the bookmarks. Only what the latest build used is kept.
/// </summary>
public sealed partial class PdfPartCache(string cacheDirectory)
{
    /// <summary>Changes with the way parts are printed (paper, margins, footer), so an old part is not reused.</summary>
    private const string PrintVersion = "pdf-parts-1";

    /// <summary>Changes with the way parts are joined (bookmarks, page numbers, named places), so an old joined PDF is not reused.</summary>
    private const string JoinVersion = "pdf-join-2";

    private static readonly HashSet<string> LoadedByEveryPage = new(StringComparer.OrdinalIgnoreCase) { ".css", ".woff2", ".woff", ".ttf" };

    private readonly string _folder = Path.Combine(cacheDirectory, "pdf");
    private string PartsFolder => Path.Combine(_folder, "parts");

    /// <summary>What every part loads: the stylesheets and fonts, with the layout and the print version.</summary>
    public static string SharedKey(IEnumerable<SiteFile> files, PdfLayout layout)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, PrintVersion);
        Add(hash, layout.Format);
        Add(hash, layout.Title);
        foreach (var file in files.Where(f => LoadedByEveryPage.Contains(Path.GetExtension(f.Path))).OrderBy(f => f.Path, StringComparer.Ordinal))
            Add(hash, file);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A part's key: the shared key, its page, and the bytes of each image it shows.</summary>
    public static string PartKey(string sharedKey, PrintPart part, IReadOnlyDictionary<string, SiteFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, sharedKey);
        Add(hash, part.Html);
        foreach (var source in ImageSource().Matches(part.Html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["src"].Value)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (files.TryGetValue(Uri.UnescapeDataString(source), out var image)) Add(hash, image);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..24];
    }

    /// <summary>The joined PDF's key: every part's key in order, and the bookmarks.</summary>
    public static string JoinedKey(IEnumerable<string> partKeys, IEnumerable<PrintBookmark> bookmarks)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, JoinVersion);
        foreach (var key in partKeys) Add(hash, key);
        void AddBookmarks(IEnumerable<PrintBookmark> level)
        {
            foreach (var bookmark in level)
            {
                Add(hash, bookmark.Title + "\u0001" + bookmark.Target + "\u0001" + bookmark.Children.Length);
                AddBookmarks(bookmark.Children);
            }
        }
        AddBookmarks(bookmarks);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    public byte[]? GetPart(string key) => Read(Path.Combine(PartsFolder, key + ".pdf"));

    public void PutPart(string key, byte[] pdf) => AtomicFile.WriteAllBytes(Path.Combine(PartsFolder, key + ".pdf"), pdf);

    /// <summary>Deletes the parts no longer in the print edition (an edit's earlier version of a part).</summary>
    public void KeepOnlyParts(IEnumerable<string> keys)
    {
        if (!Directory.Exists(PartsFolder)) return;
        var keep = keys.Select(k => k + ".pdf").ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(PartsFolder, "*.pdf"))
        {
            if (!keep.Contains(Path.GetFileName(file))) File.Delete(file);
        }
    }

    public byte[]? GetJoined(string key) => Read(Path.Combine(_folder, key + ".pdf"));

    public void PutJoined(string key, byte[] pdf)
    {
        var path = Path.Combine(_folder, key + ".pdf");
        AtomicFile.WriteAllBytes(path, pdf);
        foreach (var old in Directory.EnumerateFiles(_folder, "*.pdf"))
        {
            if (!string.Equals(old, path, StringComparison.Ordinal)) File.Delete(old);
        }
    }

    private static byte[]? Read(string path) => File.Exists(path) ? File.ReadAllBytes(path) : null;

    private static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

    private static void Add(IncrementalHash hash, SiteFile file)
    {
        Add(hash, file.Path);
        Add(hash, file.Content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        hash.AppendData(file.Content);
    }

    [GeneratedRegex(@"\ssrc=""(?<src>[^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex ImageSource();
}
