using System.Globalization;
using System.Text;
using PdfSharp.Pdf;

namespace MathForML.Generator.Editions.Pdf;

/// <summary>
/// Writes "page / pages" at the right of each page's footer, once the parts are joined: chromium numbers
/// the pages of each part from 1, so the parts print only the footer's left side (the course title)
/// and the numbers of the whole book are added here, on the title's baseline.
/// </summary>
/// <remarks>
/// The numbers are one small content stream a page, in Helvetica: one of the fonts every PDF reader
/// has, so nothing is embedded and the widths that right-align the text are the font's published
/// metrics. The streams are written by hand rather than with PDFsharp's XGraphics, which re-encodes
/// the page's own content (qpdf then warns about every page) and needs a font resolver.
/// </remarks>
internal static class PdfPageNumbers
{
    /// <summary>
    /// Where chromium puts the footer's baseline, from the bottom of the sheet (measured with
    /// <c>pdftotext -bbox</c>: the 8 pt title sits 17.1 pt above the edge), and its right edge (the
    /// page margin), in points.
    /// </summary>
    public const double BaselineFromBottom = 17.1;
    public const double RightMargin = 15 / 25.4 * 72;

    /// <summary>The footer's size and colour (#57606a), as the parts' footer template sets them.</summary>
    private const double Size = 8;
    private const string Colour = "0.341 0.376 0.416 rg";
    private const string FontKey = "/MathForMLPageNumber";

    public static void Draw(PdfDocument document)
    {
        var font = Helvetica(document);
        var total = document.PageCount.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            var text = (i + 1).ToString(CultureInfo.InvariantCulture) + " / " + total;
            var box = page.MediaBox;
            var x = box.X2 - RightMargin - Width(text);
            var y = box.Y1 + BaselineFromBottom;
            // The page's own content is wrapped in q … Q so whatever state it leaves does not move or colour the number.
            var before = Stream(document, "q\n");
            var after = Stream(document, string.Create(CultureInfo.InvariantCulture,
                $"Q\nq BT {FontKey} {Size} Tf {Colour} {x:0.###} {y:0.###} Td ({text}) Tj ET Q\n"));
            var contents = new PdfArray(document);
            contents.Elements.Add(before.Reference!);
            switch (page.Elements["/Contents"])
            {
                case PdfArray streams: foreach (var stream in streams.Elements) contents.Elements.Add(stream); break;
                case { } stream: contents.Elements.Add(stream); break;
            }
            contents.Elements.Add(after.Reference!);
            page.Elements["/Contents"] = contents;
            FontsOf(document, page).Elements[FontKey] = font.Reference!;
        }
    }

    /// <summary>Helvetica's advance widths (per 1000 units of the size) for the characters a number uses.</summary>
    public static double Width(string text) =>
        text.Sum(c => c is >= '0' and <= '9' ? 556 : 278) * Size / 1000;

    private static PdfDictionary Helvetica(PdfDocument document)
    {
        var font = new PdfDictionary(document);
        font.Elements["/Type"] = new PdfName("/Font");
        font.Elements["/Subtype"] = new PdfName("/Type1");
        font.Elements["/BaseFont"] = new PdfName("/Helvetica");
        font.Elements["/Encoding"] = new PdfName("/WinAnsiEncoding");
        document.Internals.AddObject(font);
        return font;
    }

    private static PdfDictionary Stream(PdfDocument document, string operators)
    {
        var stream = new PdfDictionary(document);
        stream.CreateStream(Encoding.ASCII.GetBytes(operators));
        document.Internals.AddObject(stream);
        return stream;
    }

    private static PdfDictionary FontsOf(PdfDocument document, PdfPage page)
    {
        var resources = page.Elements.GetDictionary("/Resources");
        if (resources is null)
        {
            resources = new PdfDictionary(document);
            page.Elements["/Resources"] = resources;
        }
        var fonts = resources.Elements.GetDictionary("/Font");
        if (fonts is null)
        {
            fonts = new PdfDictionary(document);
            resources.Elements["/Font"] = fonts;
        }
        return fonts;
    }
}
