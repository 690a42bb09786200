using System.Text.Json;
using MathForML.Execution.Storage;
using MathForML.Generator.Model;

namespace MathForML.Generator.MathRendering;

/// <summary>
/// Rendered formulas kept between builds (<c>.cache/katex-VERSION.json</c>), so a build whose
/// formulas are all known starts no Node process. Keyed by KaTeX's version; only successful
/// renders are kept, so an error is reported again on every build until it is fixed.
/// </summary>
public sealed class MathCache
{
    internal sealed record Entry(string Tex, bool Display, string Html);

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
        var path = Path.Combine(cacheDirectory, $"katex-{katexVersion}.json");
        var html = new Dictionary<MathKey, string>();
        if (File.Exists(path))
        {
            try
            {
                foreach (var entry in JsonSerializer.Deserialize(File.ReadAllBytes(path), MathCacheJson.Default.ListEntry) ?? [])
                    html[new MathKey(entry.Tex, entry.Display)] = entry.Html;
            }
            catch (JsonException)
            {
                // A damaged cache is an empty one.
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
        var entries = _html.OrderBy(e => e.Key.Tex, StringComparer.Ordinal).ThenBy(e => e.Key.Display)
            .Select(e => new Entry(e.Key.Tex, e.Key.Display, e.Value)).ToList();
        AtomicFile.WriteAllBytes(_path, JsonSerializer.SerializeToUtf8Bytes(entries, MathCacheJson.Default.ListEntry));
    }

    /// <summary>KaTeX's version from its package.json; "unknown" keeps the cache working, keyed apart.</summary>
    public static string KatexVersion(string? nodeModules)
    {
        var manifest = nodeModules is null ? null : Path.Combine(nodeModules, "katex", "package.json");
        if (manifest is null || !File.Exists(manifest)) return "unknown";
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.TryGetProperty("version", out var v) ? v.GetString() ?? "unknown" : "unknown";
    }
}

/// <summary>
/// The cache's JSON code, generated at compile time: the file holds thousands of formulas and is
/// read on every build, and reflection-based reading cost a fresh process a quarter of a second.
/// </summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(List<MathCache.Entry>))]
internal sealed partial class MathCacheJson : System.Text.Json.Serialization.JsonSerializerContext;
