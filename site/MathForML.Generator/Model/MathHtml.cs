using System.Collections;
using System.Text;

namespace MathForML.Generator.Model;

/// <summary>
/// One formula's MathML, kept as the UTF-8 the math cache read until something asks for the
/// text: a prose edit renders one lesson, so most of the course's 23 MB of formula HTML is never
/// decoded (decoding all of it took about 0.2 CPU-s of every build).
/// </summary>
public sealed class MathHtml
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private string? _text;

    public MathHtml(string text) => _text = text;

    public MathHtml(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    /// <summary>The HTML, decoded on first use (a race decodes it twice, to equal strings).</summary>
    public string Text => _text ??= Encoding.UTF8.GetString(_utf8.Span);

    /// <summary>The HTML as UTF-8, without decoding it when it was read that way.</summary>
    public ReadOnlySpan<byte> Utf8 => _text is null ? _utf8.Span : Encoding.UTF8.GetBytes(_text);
}

/// <summary>Each formula of a document and its HTML, read as text only where a page shows it (<see cref="MathHtml"/>).</summary>
public sealed class MathHtmlMap(IReadOnlyDictionary<MathKey, MathHtml> entries) : IReadOnlyDictionary<MathKey, string>
{
    public static readonly MathHtmlMap Empty = new(new Dictionary<MathKey, MathHtml>());

    /// <summary>A map of HTML already in hand (tests, fixtures).</summary>
    public static MathHtmlMap Of(IEnumerable<KeyValuePair<MathKey, string>> html) =>
        new(html.ToDictionary(e => e.Key, e => new MathHtml(e.Value)));

    public bool IsEmpty => entries.Count == 0;

    public int Count => entries.Count;

    public string this[MathKey key] => entries[key].Text;

    public IEnumerable<MathKey> Keys => entries.Keys;

    public IEnumerable<string> Values => entries.Values.Select(e => e.Text);

    /// <summary>The formulas as they came, UTF-8 where the cache read them: for a pass over all of them that needs no strings.</summary>
    public IEnumerable<MathHtml> Formulas => entries.Values;

    public bool ContainsKey(MathKey key) => entries.ContainsKey(key);

    public bool TryGetValue(MathKey key, out string value)
    {
        value = entries.TryGetValue(key, out var entry) ? entry.Text : null!;
        return entry is not null;
    }

    public IEnumerator<KeyValuePair<MathKey, string>> GetEnumerator() =>
        entries.Select(e => new KeyValuePair<MathKey, string>(e.Key, e.Value.Text)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
