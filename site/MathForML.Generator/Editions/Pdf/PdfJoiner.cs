using MathForML.Generator.Model;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace MathForML.Generator.Editions.Pdf;

/// <summary>
/// Joins the separately printed parts of the print edition (<see cref="PrintEdition"/>) into one PDF:
/// their pages in order, every named place of every part (what links and bookmarks open) in one
/// table, and each link to another part, which chromium kept as a web link to
/// <see cref="PrintEdition.CrossPartLinkPrefix"/>, turned back into a link to its named place.
/// </summary>
internal static class PdfJoiner
{
    public static JoinedPdf Join(IReadOnlyList<byte[]> parts)
    {
        var output = new PdfDocument();
        var places = new SortedDictionary<string, NamedPlace>(StringComparer.Ordinal);
        foreach (var bytes in parts)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var part = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
            var pageOf = new Dictionary<PdfObjectID, PdfPage>();
            foreach (var page in part.Pages) pageOf[page.Reference!.ObjectID] = output.AddPage(page);
            foreach (var (name, place) in NamedPlaces(part))
            {
                if (place.Page is PdfReference reference && pageOf.TryGetValue(reference.ObjectID, out var joined))
                    places[name] = place with { Page = joined.Reference! };
            }
        }
        WriteNamedPlaces(output, places);
        var unresolved = RelinkCrossPartLinks(output, places);
        return new JoinedPdf(output, places.Keys.ToHashSet(StringComparer.Ordinal), unresolved);
    }

    /// <summary>A named place: its page and the view chromium gave it (<c>/XYZ left top zoom</c>).</summary>
    private sealed record NamedPlace(PdfItem Page, double Left, double Top);

    /// <summary>The catalog's <c>/Dests</c> dictionary, the form chromium (Skia) writes its named places in.</summary>
    private static IEnumerable<(string Name, NamedPlace Place)> NamedPlaces(PdfDocument part)
    {
        if (part.Internals.Catalog.Elements.GetDictionary("/Dests") is not { } dests) yield break;
        foreach (var key in dests.Elements.Keys)
        {
            var value = dests.Elements[key] is PdfReference r ? r.Value : dests.Elements[key];
            if (value is PdfDictionary { } wrapped) value = wrapped.Elements["/D"] is PdfReference d ? d.Value : wrapped.Elements["/D"];
            if (value is not PdfArray { Elements.Count: >= 4 } view) continue;
            yield return (key.TrimStart('/'), new NamedPlace(view.Elements[0], Number(view.Elements[2]), Number(view.Elements[3])));
        }
    }

    private static double Number(PdfItem item) => item switch
    {
        PdfInteger i => i.Value,
        PdfReal r => r.Value,
        PdfReference { Value: PdfNumberObject n } => n is PdfIntegerObject io ? io.Value : ((PdfRealObject)n).Value,
        _ => 0,
    };

    private static void WriteNamedPlaces(PdfDocument output, IReadOnlyDictionary<string, NamedPlace> places)
    {
        var dests = new PdfDictionary(output);
        foreach (var (name, place) in places)
            dests.Elements["/" + name] = new PdfArray(output, place.Page, new PdfName("/XYZ"), new PdfReal(place.Left), new PdfReal(place.Top), new PdfInteger(0));
        output.Internals.AddObject(dests);
        output.Internals.Catalog.Elements.SetReference("/Dests", dests);
    }

    /// <summary>Links to another part become links to the named place; returns those whose place no part has (dropped, never left pointing at the printing origin).</summary>
    private static IReadOnlyList<string> RelinkCrossPartLinks(PdfDocument output, IReadOnlyDictionary<string, NamedPlace> places)
    {
        var unresolved = new List<string>();
        foreach (var page in output.Pages)
        {
            if (page.Elements.GetArray("/Annots") is not { } annotations) continue;
            for (var i = annotations.Elements.Count - 1; i >= 0; i--)
            {
                var annotation = annotations.Elements[i] is PdfReference r ? r.Value as PdfDictionary : annotations.Elements[i] as PdfDictionary;
                if (annotation?.Elements.GetDictionary("/A") is not { } action || action.Elements.GetName("/S") != "/URI") continue;
                var uri = action.Elements.GetString("/URI");
                if (!uri.StartsWith(PrintEdition.CrossPartLinkPrefix, StringComparison.Ordinal)) continue;
                var name = Uri.UnescapeDataString(uri[PrintEdition.CrossPartLinkPrefix.Length..]);
                if (places.ContainsKey(name))
                {
                    annotation.Elements.Remove("/A");
                    annotation.Elements["/Dest"] = new PdfName("/" + name);
                }
                else
                {
                    annotations.Elements.RemoveAt(i);
                    unresolved.Add(name);
                }
            }
        }
        return unresolved;
    }
}

/// <summary>The joined document, the names of its places, and the links whose target no part had.</summary>
internal sealed record JoinedPdf(PdfDocument Document, IReadOnlySet<string> Places, IReadOnlyList<string> UnresolvedLinks);
