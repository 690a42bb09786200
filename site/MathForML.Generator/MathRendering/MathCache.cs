using System.Text;
using System.Text.Json;
using MathForML.Execution.Storage;
using MathForML.Generator.Model;

namespace MathForML.Generator.MathRendering;

/// <summary>
/// Rendered formulas kept between builds (<c>.cache/katex-VERSION.bin</c>), so a build whose
/// formulas are all known starts no Node process. Keyed by KaTeX's version; only successful
/// renders are kept, so an error is reported again on every build until it is fixed. Read on every
/// build, so in a binary form: as JSON (every quote and angle bracket of KaTeX's HTML escaped) the
/// full course's 23 MB took half a second to read, a quarter of a prose edit's budget.
/// </summary>
public sealed class MathCache
{
    /// <summary>The file's first bytes; another layout is read as an empty cache.</summary>
    private static readonly byte[] Magic = "MFML-katex-1\n"u8.ToArray();

    private readonly string _path;
    private readonly Dictionary<MathKey, string> _html;
    private bool _changed;

    private MathCache(string path, Dictionary<MathKey, string> html)
    {
        _path = path;
        _html = html;
    }

    public static MathCache Load(string cacheDirectory, string katexVersion)
    {
        var path = Path.Combine(cacheDirectory, $"katex-{katexVersion}.bin");
        var html = new Dictionary<MathKey, string>();
        if (File.Exists(path))
        {
            try
            {
                using var reader = new BinaryReader(new MemoryStream(File.ReadAllBytes(path)), Encoding.UTF8);
                if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic)) return new MathCache(path, html);
                for (var count = reader.ReadInt32(); count > 0; count--)
                {
                    var tex = reader.ReadString();
                    var display = reader.ReadBoolean();
                    html[new MathKey(tex, display)] = reader.ReadString();
                }
            }
            catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
            {
                html.Clear(); // a damaged cache is an empty one
            }
        }
        return new MathCache(path, html);
    }

    public bool TryGet(MathKey key, out string html) => _html.TryGetValue(key, out html!);

    public void Put(MathKey key, string html)
    {
        _html[key] = html;
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
                writer.Write(html);
            }
        }
        AtomicFile.WriteAllBytes(_path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        File.Delete(Path.ChangeExtension(_path, ".json")); // the JSON this file replaces, if an earlier build left one
    }

    public const string UnknownVersion = "unknown";

    /// <summary>KaTeX's version from its package.json; <see cref="UnknownVersion"/> keeps the cache working, keyed apart.</summary>
    public static string KatexVersion(string? nodeModules)
    {
        var manifest = nodeModules is null ? null : Path.Combine(nodeModules, "katex", "package.json");
        if (manifest is null || !File.Exists(manifest)) return UnknownVersion;
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.TryGetProperty("version", out var v) ? v.GetString() ?? UnknownVersion : UnknownVersion;
    }
}
