using System.Security.Cryptography;
using System.Text;
using MathForML.Generator.Model;

namespace MathForML.Generator.Editions;

/// <summary>
/// Keeps the last offline zip in the cache folder under the hash of what went into it, so a rebuild
/// that changed nothing (or only the zip's own inputs' timestamps) copies it instead of compressing
/// the whole site again. Only the newest zip is kept.
/// </summary>
public sealed class ArchiveCache(string cacheDirectory)
{
    private const string Prefix = "offline-";

    public static string Key(IEnumerable<SiteFile> files, string readme)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(readme));
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n" + file.Content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n"));
            hash.AppendData(file.Content);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..20];
    }

    public byte[]? TryGet(string key)
    {
        var path = PathOf(key);
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (IOException)
        {
            return null; // an unreadable cache is an empty one
        }
    }

    public void Put(string key, byte[] zip)
    {
        try
        {
            Directory.CreateDirectory(cacheDirectory);
            foreach (var old in Directory.EnumerateFiles(cacheDirectory, Prefix + "*.zip")) File.Delete(old);
            var temp = PathOf(key) + ".tmp";
            File.WriteAllBytes(temp, zip);
            File.Move(temp, PathOf(key), overwrite: true);
        }
        catch (IOException)
        {
            // The cache only saves time; the zip itself is already in the site.
        }
    }

    private string PathOf(string key) => Path.Combine(cacheDirectory, Prefix + key + ".zip");
}
