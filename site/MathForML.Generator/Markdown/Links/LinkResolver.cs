using MathForML.Generator.Model;

namespace MathForML.Generator.Markdown;

/// <summary>
/// Turns links between lessons, written as relative <c>.md</c> links so they also work on GitHub,
/// into links between pages: <c>02_Matrix_Decompositions.md#svd</c> becomes
/// <c>02-matrix-decompositions.html#svd</c>. Other links pass through.
/// </summary>
public sealed class LinkResolver(IReadOnlyDictionary<string, Document> documentsByName)
{
    public static LinkResolver For(Course course) =>
        new(course.Documents.ToDictionary(d => d.Name, StringComparer.Ordinal));

    public string Rewrite(string url)
    {
        var target = Parse(url);
        if (target is null) return url;
        return documentsByName.TryGetValue(target.Value.Name, out var doc)
            ? doc.Url + (target.Value.Anchor is null ? "" : "#" + target.Value.Anchor)
            : url;
    }

    public Document? Find(string name) => documentsByName.GetValueOrDefault(name);

    /// <summary>Everything a rewrite depends on: each document's name and page. Equal fingerprints, equal links.</summary>
    public string Fingerprint => _fingerprint ??= string.Join("\n",
        documentsByName.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Key + " " + d.Value.Url));

    private string? _fingerprint;

    /// <summary>A relative link to a Markdown file, split into document name and anchor; null for anything else.</summary>
    public static (string Name, string? Anchor)? Parse(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.StartsWith('#') || url.StartsWith('/') || url.Contains("://") || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            return null;
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? null : url[(hash + 1)..];
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return null;
        var name = Path.GetFileNameWithoutExtension(path.Replace('\\', '/').Split('/')[^1]);
        return (name, string.IsNullOrEmpty(anchor) ? null : anchor);
    }
}
