using System.Security.Cryptography;
using System.Text;
using MathForML.Execution.Storage;
using MathForML.Generator.Model;

namespace MathForML.Generator.Browser;

/// <summary>
/// The last printed PDF, kept in <c>.cache/pdf/KEY.pdf</c> so a build that changed nothing in the
/// print edition prints nothing. The key covers the page and everything it can load: stylesheets,
/// fonts and images (chart images, lesson images). Only the latest PDF is kept.
/// </summary>
public sealed class PdfCache(string cacheDirectory)
{
    /// <summary>Changes with the way the PDF is printed (paper, margins, footer), so an old one is not reused.</summary>
    private const string PrintVersion = "pdf-1";

    private static readonly HashSet<string> LoadedByThePage = new(StringComparer.OrdinalIgnoreCase)
        { ".css", ".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".woff2", ".woff", ".ttf" };

    private readonly string _folder = Path.Combine(cacheDirectory, "pdf");

    public static string Key(IEnumerable<SiteFile> files, string pagePath, PdfLayout layout)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(PrintVersion);
        Add(layout.Format);
        Add(layout.Title);
        foreach (var file in files.Where(f => f.Path == pagePath || LoadedByThePage.Contains(Path.GetExtension(f.Path))).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            Add(file.Path);
            Add(file.Content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            hash.AppendData(file.Content);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    public byte[]? Get(string key)
    {
        var path = Path.Combine(_folder, key + ".pdf");
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    public void Put(string key, byte[] pdf)
    {
        var path = Path.Combine(_folder, key + ".pdf");
        AtomicFile.WriteAllBytes(path, pdf);
        foreach (var old in Directory.EnumerateFiles(_folder, "*.pdf"))
        {
            if (!string.Equals(old, path, StringComparison.Ordinal)) File.Delete(old);
        }
    }
}
