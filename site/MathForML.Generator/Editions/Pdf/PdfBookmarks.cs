using MathForML.Generator.Model;
using MathForML.Generator.Rendering;
using PdfSharp.Pdf;

namespace MathForML.Generator.Editions.Pdf;

/// <summary>
/// Writes the joined PDF's bookmarks (its outline) from the print edition's own structure: the
/// contents, then each lesson and project, closed, with its sections under it. Each bookmark opens a
/// named place, so it lands where the heading is, as the links of the contents do. Chromium can make
/// an outline of each part, but joining parts would leave a list of disconnected outlines.
/// </summary>
internal static class PdfBookmarks
{
    public static void Write(PdfDocument document, IReadOnlyList<PrintBookmark> bookmarks, IReadOnlySet<string> places)
    {
        var outline = new PdfDictionary(document);
        outline.Elements.SetName("/Type", "/Outlines");
        document.Internals.AddObject(outline);
        var shown = AddItems(document, outline, bookmarks, places);
        if (shown == 0) return;
        outline.Elements.SetInteger("/Count", shown);
        document.Internals.Catalog.Elements.SetReference("/Outlines", outline);
        // A book of hundreds of pages opens with its bookmarks showing.
        document.Internals.Catalog.Elements.SetName("/PageMode", "/UseOutlines");
    }

    /// <summary>Adds the bookmarks that have a place under <paramref name="parent"/>; returns how many it shows.</summary>
    private static int AddItems(PdfDocument document, PdfDictionary parent, IEnumerable<PrintBookmark> bookmarks, IReadOnlySet<string> places)
    {
        PdfDictionary? first = null, previous = null;
        var count = 0;
        foreach (var bookmark in bookmarks.Where(b => places.Contains(PrintPartLinks.PlaceName(b.Target))))
        {
            var item = new PdfDictionary(document);
            document.Internals.AddObject(item);
            item.Elements["/Title"] = new PdfString(bookmark.Title, PdfStringEncoding.Unicode);
            item.Elements.SetReference("/Parent", parent);
            item.Elements["/Dest"] = new PdfName("/" + PrintPartLinks.PlaceName(bookmark.Target));
            if (previous is null) first = item;
            else
            {
                previous.Elements.SetReference("/Next", item);
                item.Elements.SetReference("/Prev", previous);
            }
            previous = item;
            var children = AddItems(document, item, bookmark.Children, places);
            // Negative: closed, its sections shown when the reader opens it.
            if (children > 0) item.Elements.SetInteger("/Count", -children);
            count++;
        }
        if (first is not null)
        {
            parent.Elements.SetReference("/First", first);
            parent.Elements.SetReference("/Last", previous!);
        }
        return count;
    }
}
