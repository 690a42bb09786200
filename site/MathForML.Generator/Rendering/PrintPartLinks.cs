using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using MathForML.Generator.Model;

namespace MathForML.Generator.Rendering;

/// <summary>
/// Keeps the print edition's links working when its parts print one by one. Chromium turns a link to
/// an id of the same page into a link to a named place of the PDF, and names only the places some link
/// of the page points at. So in each part: a link to an id of another part points at
/// <see cref="PrintEdition.CrossPartLinkPrefix"/> (joining makes it a link within the PDF again), and a
/// hidden list of links points at each id of the part that anything points at (links of other parts,
/// bookmarks), so the part's PDF names it. Chromium names no place whose id has a character outside
/// ASCII (a heading "The κ speed-up" gets the id <c>…-the-κ-speed-up…</c>), so in the parts every
/// such id, and every link to it, is spelled with <see cref="PlaceName"/>.
/// </summary>
public static partial class PrintPartLinks
{
    public static ImmutableArray<PrintPart> Connect(IReadOnlyList<PrintPart> parts, IEnumerable<string> bookmarkTargets)
    {
        parts = parts.Select(p => p with { Html = SpellIdsInAscii(p.Html) }).ToList();
        var idsOf = parts.Select(p => IdAttribute().Matches(p.Html).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal)).ToList();
        var targets = new HashSet<string>(bookmarkTargets.Select(PlaceName), StringComparer.Ordinal);
        foreach (var part in parts)
            targets.UnionWith(FragmentLink().Matches(part.Html).Select(m => m.Groups["id"].Value));

        var connected = ImmutableArray.CreateBuilder<PrintPart>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var ids = idsOf[i];
            var html = FragmentLink().Replace(parts[i].Html, m => ids.Contains(m.Groups["id"].Value)
                ? m.Value
                : $"href=\"{PrintEdition.CrossPartLinkPrefix}{m.Groups["id"].Value}\"");
            var named = targets.Where(ids.Contains).Order(StringComparer.Ordinal).ToList();
            if (named.Count > 0)
            {
                var list = new StringBuilder("<nav class=\"print-destinations\" hidden>");
                foreach (var id in named) list.Append("<a href=\"#").Append(id).Append("\"></a>");
                list.Append("</nav>\n");
                var end = html.LastIndexOf("</main>", StringComparison.Ordinal);
                html = end < 0 ? html + list : html.Insert(end, list.ToString());
            }
            connected.Add(parts[i] with { Html = html });
        }
        return connected.MoveToImmutable();
    }

    /// <summary>
    /// The name of an id's place in the PDF: the id itself when it is plain ASCII (letters, digits,
    /// <c>-</c> and <c>.</c>), otherwise each other character's UTF-8 bytes as <c>_xx</c>
    /// (<c>_</c> itself included, so two ids never share a name).
    /// </summary>
    public static string PlaceName(string id)
    {
        if (id.All(IsPlain)) return id;
        var name = new StringBuilder(id.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in id.EnumerateRunes())
        {
            if (rune.IsAscii && IsPlain((char)rune.Value)) { name.Append((char)rune.Value); continue; }
            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count]) name.Append('_').Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return name.ToString();
    }

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.';

    private static string SpellIdsInAscii(string html) => FragmentLink().Replace(
        IdAttribute().Replace(html, m => $" id=\"{PlaceName(m.Groups["id"].Value)}\""),
        // A link may spell its fragment percent-encoded (…-a%E1%B5%80a for …-aᵀa): the same place.
        m => $"href=\"#{PlaceName(Uri.UnescapeDataString(m.Groups["id"].Value))}\"");

    /// <summary>An id attribute (attribute values are written HTML-encoded, as links write them).</summary>
    [GeneratedRegex(@"\sid=""(?<id>[^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"href=""\#(?<id>[^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex FragmentLink();
}
