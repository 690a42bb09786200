using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Markdig.Syntax;
using MathForML.Execution.Storage;

namespace MathForML.Generator.Highlighting;

/// <summary>
/// Highlighted code kept between builds (<c>.cache/highlight.json</c>): the highlighter parses with
/// Roslyn, whose first use costs more than a whole no-op rebuild may take. Keyed by the code's
/// hash and the highlighter assembly's version, so a changed highlighter starts afresh.
/// </summary>
public sealed class HighlightCache
{
    private readonly string? _path;
    private readonly Dictionary<string, string> _html;
    private readonly HashSet<string> _used = [];
    private bool _changed;

    private HighlightCache(string? path, Dictionary<string, string> html)
    {
        _path = path;
        _html = html;
    }

    /// <summary>A cache that remembers nothing between builds.</summary>
    public static HighlightCache None() => new(null, []);

    /// <summary>
    /// The build's one cache (read once, shared by the print edition and the pages, which highlight
    /// the same code), or <see cref="None"/> under <c>--no-cache</c>.
    /// </summary>
    public static HighlightCache Of(Pipeline.BuildContext context) =>
        context.Options.UseCache ? context.Service(c => Load(c.Settings.CacheDirectory)) : None();

    public static HighlightCache Load(string cacheDirectory)
    {
        var version = typeof(CSharpHighlighter).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
        var path = Path.Combine(cacheDirectory, $"highlight-{version}.json");
        var html = new Dictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            try
            {
                html = JsonSerializer.Deserialize(File.ReadAllBytes(path), HighlightCacheJson.Default.DictionaryStringString) ?? html;
            }
            catch (JsonException)
            {
                // A damaged cache is an empty one.
            }
        }
        return new HighlightCache(path, html);
    }

    public string Highlight(string code)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
        lock (_html)
        {
            _used.Add(key);
            if (_html.TryGetValue(key, out var cached)) return cached;
        }
        var html = CSharpHighlighter.Highlight(code);
        lock (_html)
        {
            _html[key] = html;
            _changed = true;
        }
        return html;
    }

    /// <summary>
    /// Keeps the highlighted code of a lesson whose content came from the cache of rendered content
    /// (<see cref="Rendering.RenderedContentCache"/>) without highlighting it: its code is still in use,
    /// and the next edit of that lesson should find it here.
    /// </summary>
    public void KeepCodeOf(MarkdownDocument? ast)
    {
        if (_path is null || ast is null) return;
        var keys = ast.Descendants<FencedCodeBlock>()
            .Select(block => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(block.Lines.ToString()))))
            .ToList();
        lock (_html) _used.UnionWith(keys);
    }

    /// <summary>
    /// Saves what this build used (so entries of deleted code do not pile up), when that differs from
    /// what was read, and deletes the caches of other highlighters (each generator build leaves one).
    /// </summary>
    public void Save()
    {
        if (_path is null) return;
        var folder = Path.GetDirectoryName(_path)!;
        foreach (var other in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "highlight-*.json") : [])
        {
            if (other == _path) continue;
            try { File.Delete(other); }
            catch (IOException) { } // another build may hold it: it goes next time
        }
        lock (_html)
        {
            // Compared key by key: code kept by KeepCodeOf but never highlighted is used yet not held.
            if (!_changed && _html.Keys.All(_used.Contains)) return;
            var kept = _html.Where(e => _used.Contains(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary();
            AtomicFile.WriteAllBytes(_path, JsonSerializer.SerializeToUtf8Bytes(kept, HighlightCacheJson.Default.DictionaryStringString));
            _changed = false;
        }
    }
}

/// <summary>The cache's JSON code, generated at compile time: read on every build, it should not pay for reflection.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class HighlightCacheJson : System.Text.Json.Serialization.JsonSerializerContext;
