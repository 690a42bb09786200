using System.Collections.Immutable;

namespace MathForML.Generator.Model;

/// <summary>
/// The print edition as the PDF is printed from it: the same content as <c>print.html</c>, cut into
/// parts that print on their own (the cover and contents, then one part per lesson and project), so
/// parts print side by side and only a changed part is printed again. Links between parts point at
/// <see cref="CrossPartLinkPrefix"/> and become links within the PDF when the parts are joined.
/// </summary>
public sealed record PrintEdition(ImmutableArray<PrintPart> Parts, ImmutableArray<PrintBookmark> Bookmarks)
{
    /// <summary>
    /// Where a link to another part points while a part is printed on its own: chromium keeps it as a
    /// web link, which joining turns into a link to the named place (<c>#id</c>) in the PDF.
    /// </summary>
    public const string CrossPartLinkPrefix = "http://mathforml.invalid/print-edition/#";
}

/// <summary>One separately printed part: a name for logs and the cache, and its whole HTML page.</summary>
public sealed record PrintPart(string Name, string Html);

/// <summary>A bookmark of the PDF: its title, the id it opens (a named place in the PDF) and the bookmarks under it.</summary>
public sealed record PrintBookmark(string Title, string Target, ImmutableArray<PrintBookmark> Children);
