using System.Text;

namespace MathForML.Generator.Markdown.Headings;

/// <summary>
/// GitHub's heading anchors, so <c>lesson.md#anchor</c> links work on GitHub and on the site alike:
/// lower case, punctuation removed, each space a hyphen, repeats numbered <c>-1</c>, <c>-2</c>…
/// Math counts by its source (<c>The $L^p$ norm</c> → <c>the-lp-norm</c>), where Markdig's own
/// identifiers drop it.
/// </summary>
public sealed class HeadingSlugger
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    public string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_') slug.Append(c);
            else if (c == ' ') slug.Append('-');
            else if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark) slug.Append(c);
        }
        var baseSlug = slug.ToString();
        if (!_seen.TryGetValue(baseSlug, out var count))
        {
            _seen[baseSlug] = 1;
            return baseSlug;
        }
        _seen[baseSlug] = count + 1;
        return $"{baseSlug}-{count}";
    }
}
