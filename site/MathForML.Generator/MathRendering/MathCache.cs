using System.Buffers.Binary;
using System.Text;
using MathForML.Execution.Storage;
using MathForML.Generator.Assets;
using MathForML.Generator.Caching;
using MathForML.Generator.Model;

namespace MathForML.Generator.MathRendering;

/// <summary>
/// Rendered formulas kept between builds (<c>.cache/temml-VERSION-katex-VERSION.bin</c>), so a build whose
/// formulas are all known starts no Node process. Keyed by Temml's and KaTeX's versions; only successful
/// renders are kept, so an error is reported again on every build until it is fixed. Read on every
/// build, so in a binary form: as JSON (every quote and angle bracket escaped) the full course's
/// 23 MB of KaTeX HTML took half a second to read, a quarter of a prose edit's budget.
/// </summary>
public sealed class MathCache
{
    /// <summary>The file's first bytes; another layout is read as an empty cache.</summary>
    private static readonly byte[] Magic = "MFML-math-1\n"u8.ToArray();

    private readonly string _path;
    private readonly Dictionary<MathKey, MathHtml> _html;
    private bool _changed;

    private MathCache(string path, Dictionary<MathKey, MathHtml> html)
    {
        _path = path;
        _html = html;
    }

    public static MathCache Load(string cacheDirectory, string temmlVersion)
    {
        var path = Path.Combine(cacheDirectory, $"temml-{temmlVersion}.bin");
        var html = new Dictionary<MathKey, MathHtml>();
        if (File.Exists(path))
        {
            try
            {
                // BinaryWriter's layout, read by hand so that the HTML stays UTF-8 slices of the file.
                var bytes = File.ReadAllBytes(path);
                if (!bytes.AsSpan().StartsWith(Magic)) return new MathCache(path, html);
                var at = Magic.Length;
                var count = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
                at += 4;
                for (; count > 0; count--)
                {
                    var tex = Encoding.UTF8.GetString(Utf8String(bytes, ref at).Span);
                    var display = bytes[at++] != 0;
                    html[new MathKey(tex, display)] = new MathHtml(Utf8String(bytes, ref at));
                }
            }
            catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or IOException or FormatException)
            {
                html.Clear(); // a damaged cache is an empty one
            }
        }
        return new MathCache(path, html);
    }

    /// <summary>A string as BinaryWriter writes it: its UTF-8 length in 7-bit groups, then its bytes.</summary>
    private static ReadOnlyMemory<byte> Utf8String(byte[] bytes, ref int at)
    {
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift > 28) throw new FormatException("bad string length in the math cache");
            var b = bytes[at++];
            length |= (b & 0x7F) << shift;
            if (b < 0x80) break;
        }
        if (length < 0 || at + length > bytes.Length) throw new FormatException("string past the end of the math cache");
        var slice = new ReadOnlyMemory<byte>(bytes, at, length);
        at += length;
        return slice;
    }

    public bool TryGet(MathKey key, out MathHtml html) => _html.TryGetValue(key, out html!);

    public void Put(MathKey key, string html)
    {
        _html[key] = new MathHtml(html);
        _changed = true;
    }

    public void Save()
    {
        if (!_changed) return;
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(_html.Count);
            // Sorted, so the same formulas make the same file.
            foreach (var (key, html) in _html.OrderBy(e => e.Key.Tex, StringComparer.Ordinal).ThenBy(e => e.Key.Display))
            {
                writer.Write(key.Tex);
                writer.Write(key.Display);
                // As BinaryWriter.Write(string) would, from the bytes when they were never decoded.
                var utf8 = html.Utf8;
                writer.Write7BitEncodedInt(utf8.Length);
                writer.Write(utf8);
            }
        }
        AtomicFile.WriteAllBytes(_path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        File.Delete(Path.ChangeExtension(_path, ".json")); // the JSON this file replaces, if an earlier build left one
        // Caches of other versions, and KaTeX's HTML from before the site wrote MathML (23 MB at full size).
        var folder = Path.GetDirectoryName(_path)!;
        CacheFolder.DeleteUnused(folder, name => !(name.StartsWith("temml-", StringComparison.Ordinal) || name.StartsWith("katex-", StringComparison.Ordinal))
            || !name.EndsWith(".bin", StringComparison.Ordinal) || name == Path.GetFileName(_path));
    }

    public const string UnknownVersion = "unknown";

    /// <summary>
    /// What renders the formulas: Temml's version and KaTeX's (which renders what Temml does not
    /// know), from their package.json; <see cref="UnknownVersion"/> keeps the cache working, keyed apart.
    /// </summary>
    public static string RenderersVersion(string? nodeModules)
    {
        var temml = FrontEndPackages.Version(nodeModules, "temml");
        var katex = FrontEndPackages.Version(nodeModules, "katex");
        return temml is null || katex is null ? UnknownVersion : $"{temml}-katex-{katex}";
    }
}
