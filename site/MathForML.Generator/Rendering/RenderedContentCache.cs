using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MathForML.Cells.Outputs;
using MathForML.Generator.Caching;
using MathForML.Generator.Charts;
using MathForML.Generator.Markdown;
using MathForML.Generator.Model;

namespace MathForML.Generator.Rendering;

/// <summary>
/// Each lesson's rendered content (its Markdown as HTML, with outputs, formulas and charts) kept
/// between builds under <c>.cache/rendered/KIND/</c>, so an edit renders again only the lesson it
/// touched: rendering the full course's 25 lessons twice (pages and print edition) was most of a
/// prose edit. The key is everything the content is made from: the lesson's Markdown, its outputs
/// (by their cell cache keys: equal keys, equal outputs), its formulas' HTML, its charts' images,
/// the names of the course's documents (links between lessons point at their pages) and the
/// assemblies that render. A lesson with an output no cache names is rendered every time.
/// </summary>
public sealed class RenderedContentCache
{
    private readonly string? _folder;
    private readonly HashSet<string> _used = [];

    private RenderedContentCache(string? folder) => _folder = folder;

    /// <summary>A cache that remembers nothing between builds (<c>--no-cache</c>).</summary>
    public static RenderedContentCache None() => new(null);

    /// <param name="kind">Which rendering, kept apart from the others: <c>page</c>, <c>print</c>.</param>
    public static RenderedContentCache In(string cacheDirectory, string kind) => new(Path.Combine(cacheDirectory, "rendered", kind));

    /// <summary>
    /// The lesson's content as UTF-8, from the cache (then <paramref name="cached"/> is called, for
    /// what the rendering would have kept alive), or <paramref name="render"/>ed now and kept. Bytes,
    /// not text: the pages are written as UTF-8 around it, so a kept lesson is never decoded
    /// (decoding and encoding the course's 45 MB again took about 0.45 CPU-s a build).
    /// </summary>
    /// <param name="keyedAlsoBy">Anything else <paramref name="render"/> depends on, in words.</param>
    public byte[] Content(Document lesson, LinkResolver links, ChartRendering charts, Func<string> render, Action cached, string keyedAlsoBy = "")
    {
        if (_folder is null || Key(lesson, links, charts, keyedAlsoBy) is not { } key) return Encoding.UTF8.GetBytes(render());
        lock (_used) _used.Add(key + ".html");
        var file = Path.Combine(_folder, key + ".html");
        if (CacheFolder.TryRead(file) is { } kept)
        {
            cached();
            return kept;
        }
        var content = Encoding.UTF8.GetBytes(render());
        CacheFolder.TryWrite(file, content);
        return content;
    }

    /// <summary>Removes what this build did not use: the content of lessons since edited or deleted.</summary>
    public void Prune() => CacheFolder.DeleteUnused(_folder, name =>
    {
        lock (_used) return _used.Contains(name);
    });

    private static readonly string Renderers = string.Join("|",
        new[] { typeof(RenderedContentCache), typeof(ChartOutput) }.Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")));

    internal static string? Key(Document lesson, LinkResolver links, ChartRendering charts, string keyedAlsoBy)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData("\0"u8);
        }
        Add(Renderers);
        Add(keyedAlsoBy);
        Add(lesson.Kind.ToString());
        Add(lesson.Name);
        Add(lesson.SourcePath);
        Add(lesson.Markdown);
        Add(links.Fingerprint);
        Add(charts.Interactive ? "interactive" : "images");
        foreach (var (index, result) in lesson.Results.OrderBy(r => r.Key))
        {
            if (result.CacheKey is null) return null;
            Add($"{index}:{result.CacheKey}");
            foreach (var chart in result.Outputs.OfType<ChartOutput>())
                Add(charts.ImageOf(chart.FigureJson) is { } image ? $"{image.Path} {image.Width}x{image.Height}" : "no image");
        }
        Add(MathFingerprint(lesson));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// What the lesson's formulas' HTML is made from besides their TeX (in the Markdown): the Temml
    /// that rendered them. Only when that is unknown are the formulas and their HTML hashed, summed
    /// entry by entry so that no sorting is needed (about 0.1 CPU-s a build at full size, twice).
    /// </summary>
    private static string MathFingerprint(Document lesson)
    {
        if (lesson.MathRenderedBy.Length > 0) return string.Create(CultureInfo.InvariantCulture, $"{lesson.MathHtml.Count} {lesson.MathRenderedBy}");
        UInt128 sum = 0;
        foreach (var (math, html) in lesson.MathHtml)
        {
            var entry = new System.IO.Hashing.XxHash128();
            entry.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(math.Tex.AsSpan()));
            entry.Append([math.Display ? (byte)1 : (byte)0]);
            entry.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(html.AsSpan()));
            sum += entry.GetCurrentHashAsUInt128();
        }
        return string.Create(CultureInfo.InvariantCulture, $"{lesson.MathHtml.Count} {sum}");
    }
}
