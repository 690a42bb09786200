using System.Text.RegularExpressions;

namespace MathForML.Generator.Rendering;

/// <summary>
/// Lets a lesson's HTML live inside the one-page print edition. Ids are prefixed with the lesson's
/// slug (<c>svd</c> in lesson 02 becomes <c>02-matrix-decompositions-svd</c>), so they stay unique
/// across the page, and so are the references to them (<c>href="#…"</c>, <c>aria-labelledby</c>,
/// <c>for</c>…). A link to another lesson (<c>02-matrix-decompositions.html#svd</c>) becomes a link
/// within the page; a link to a page the edition does not hold becomes absolute when the site's URL
/// is known, and plain text otherwise, since a relative link means nothing in a PDF. Solutions
/// (<c>&lt;details&gt;</c>) are opened. Only attributes inside tags are touched: text, code and
/// formulas never hold an unescaped <c>&lt;</c>, so they cannot look like a tag.
/// </summary>
public sealed class PrintAnchors(IReadOnlyDictionary<string, string> idByPageUrl, string? siteUrl)
{
    public string Rewrite(string html, string slug) =>
        Tag.Replace(html, tag => Attribute.Replace(OpenDetails(tag.Value), attribute =>
        {
            var name = attribute.Groups["name"].Value.ToLowerInvariant();
            var value = attribute.Groups["value"].Value;
            if (name == "href")
            {
                var href = Link(value, slug);
                return href is null ? "" : $"{attribute.Groups["space"].Value}href=\"{href}\"";
            }
            var ids = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => Prefixed(slug, id)));
            return $"{attribute.Groups["space"].Value}{attribute.Groups["name"].Value}=\"{ids}\"";
        }));

    /// <summary>The id an element of lesson <paramref name="slug"/> has in the print edition.</summary>
    public static string Prefixed(string slug, string id) => slug + "-" + id;

    /// <summary>Where a link goes in the print edition; null drops the link (its text stays).</summary>
    private string? Link(string href, string slug)
    {
        if (href.Length == 0) return href;
        if (href[0] == '#') return href.Length == 1 ? href : "#" + Prefixed(slug, href[1..]);
        if (HasScheme(href)) return href;
        var hash = href.IndexOf('#');
        var path = hash < 0 ? href : href[..hash];
        var fragment = hash < 0 ? null : href[(hash + 1)..];
        if (idByPageUrl.TryGetValue(path, out var target))
            return "#" + (string.IsNullOrEmpty(fragment) ? target : Prefixed(target, fragment));
        return siteUrl is null ? null : siteUrl.TrimEnd('/') + "/" + href.TrimStart('/');
    }

    private static bool HasScheme(string href)
    {
        var colon = href.IndexOf(':');
        return colon > 0 && href.IndexOfAny(['/', '?', '#']) is var stop && (stop < 0 || colon < stop);
    }

    /// <summary>A solution's <c>&lt;details&gt;</c> is printed open; the chart-data sections keep their own state.</summary>
    private static string OpenDetails(string tag) =>
        tag.StartsWith("<details", StringComparison.OrdinalIgnoreCase) && !DetailsStays.IsMatch(tag)
            ? "<details open" + tag["<details".Length..]
            : tag;

    // Compiled rather than source-generated: the generated code runs unoptimized in a Debug build
    // (`dotnet run`), about ten times slower over the 5 MB of the whole course.

    /// <summary>The tags worth rewriting: a <c>details</c>, or one with an id or a reference. formulas' many elements are not matched at all.</summary>
    private static readonly Regex Tag = new(
        @"<(?:details\b[^<>]*|[a-zA-Z][^<>]*?\s(?:id|href|for|aria-labelledby|aria-describedby|aria-controls|aria-owns)=[^<>]*)>",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Attribute = new(
        "(?<space>\\s)(?<name>id|href|for|aria-labelledby|aria-describedby|aria-controls|aria-owns)=\"(?<value>[^\"]*)\"",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex DetailsStays = new(@"^<details\b[^>]*(\bopen\b|chart-data)|^<details[a-z-]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
