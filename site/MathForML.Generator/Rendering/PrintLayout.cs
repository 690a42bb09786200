using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MathForML.Generator.Model;
using static System.Net.WebUtility;

namespace MathForML.Generator.Rendering;

/// <summary>
/// A lesson (or project) as the print edition holds it: its id (its slug), its header's HTML and its
/// content's (UTF-8, as kept between builds), both with ids already made unique, and its sections for the contents.
/// </summary>
public sealed record PrintLesson(string Id, string Title, int Order, string Phase, string HeaderHtml, byte[] Content, IReadOnlyList<TocEntry> Sections)
{
    /// <summary>What the contents number it by, when not its order (a project's "P1").</summary>
    public string? Number { get; init; }

    public bool IsProject => Number is not null;
}

/// <summary>
/// Writes <c>print.html</c>: the whole course on one page for printing and for the PDF. A cover
/// (title, description), the contents with a link to every lesson and section, then every lesson in
/// order, each on a new sheet. No site navigation, no scripts: the charts are their static images.
/// </summary>
public static class PrintLayout
{
    public const string ContentsId = "contents";

    /// <summary>
    /// <c>print.html</c> in UTF-8. The lessons' content is copied in as the bytes it is kept as: as
    /// text, the 20 MB page was decoded, appended and encoded again on every build.
    /// </summary>
    public static byte[] Render(SiteInfo site, AssetUrls assets, IReadOnlyList<PrintLesson> lessons)
    {
        // The page's pieces in order (the markup between the lessons' contents encoded as it is
        // written), then copied once into an array of the page's exact size.
        var pieces = new List<byte[]>(2 * lessons.Count + 2);
        var sb = new StringBuilder(65_536);
        void Flush()
        {
            pieces.Add(Encoding.UTF8.GetBytes(sb.ToString()));
            sb.Clear();
        }
        AppendHead(sb, site, assets);
        AppendCoverAndContents(sb, site, lessons);
        foreach (var lesson in lessons)
        {
            AppendLessonStart(sb, lesson);
            Flush();
            pieces.Add(lesson.Content);
            AppendLessonEnd(sb);
        }
        AppendEnd(sb);
        Flush();
        var page = GC.AllocateUninitializedArray<byte>(pieces.Sum(p => p.Length));
        var at = 0;
        foreach (var piece in pieces)
        {
            piece.CopyTo(page, at);
            at += piece.Length;
        }
        return page;
    }

    /// <summary>
    /// The same page cut into parts for printing (<see cref="PrintEdition"/>): the cover with the
    /// contents, then each lesson on a page of its own with the same head, so every part lays out as
    /// it does in <c>print.html</c>. Links still point within the whole edition (<c>#id</c>);
    /// <see cref="PrintPartLinks"/> makes them work across parts.
    /// </summary>
    public static IReadOnlyList<PrintPart> RenderParts(SiteInfo site, AssetUrls assets, IReadOnlyList<PrintLesson> lessons)
    {
        var parts = new List<PrintPart>(lessons.Count + 1);
        var cover = new StringBuilder(16_384);
        AppendHead(cover, site, assets);
        AppendCoverAndContents(cover, site, lessons);
        AppendEnd(cover);
        parts.Add(new PrintPart(ContentsId, cover.ToString()));
        foreach (var lesson in lessons)
        {
            var sb = new StringBuilder(lesson.Content.Length + 8_192);
            AppendHead(sb, site, assets);
            AppendLessonStart(sb, lesson);
            sb.Append(Encoding.UTF8.GetString(lesson.Content));
            AppendLessonEnd(sb);
            AppendEnd(sb);
            parts.Add(new PrintPart(lesson.Id, sb.ToString()));
        }
        return parts;
    }

    /// <summary>The PDF's bookmarks: the contents, then each lesson with its sections under it.</summary>
    public static IReadOnlyList<PrintBookmark> Bookmarks(IReadOnlyList<PrintLesson> lessons)
    {
        var bookmarks = new List<PrintBookmark> { new("Contents", ContentsId, []) };
        foreach (var lesson in lessons)
        {
            var sections = lesson.Sections.Select(s => new PrintBookmark(s.Text, s.Anchor, [])).ToImmutableArray();
            bookmarks.Add(new PrintBookmark($"{lesson.Number ?? lesson.Order.ToString(CultureInfo.InvariantCulture)}  {lesson.Title}", lesson.Id, sections));
        }
        return bookmarks;
    }

    private static void AppendHead(StringBuilder sb, SiteInfo site, AssetUrls assets)
    {
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").Append(HtmlEncode(site.Title.Trim())).Append(" — print edition</title>\n");
        if (!string.IsNullOrWhiteSpace(site.Description))
            sb.Append("<meta name=\"description\" content=\"").Append(HtmlEncode(site.Description.Trim())).Append("\">\n");
        // The lessons' own pages are what search engines should find, not this copy of them.
        sb.Append("<meta name=\"robots\" content=\"noindex\">\n");
        sb.Append("<meta name=\"color-scheme\" content=\"light dark\">\n");
        sb.Append("<link rel=\"icon\" href=\"").Append(PageLayout.Favicon).Append("\">\n");
        sb.Append("<link rel=\"stylesheet\" href=\"").Append(HtmlEncode(assets.MathCss)).Append("\">\n");
        sb.Append("<link rel=\"stylesheet\" href=\"").Append(HtmlEncode(assets.SiteCss)).Append("\">\n");
        sb.Append("</head>\n<body class=\"page-print\">\n<main class=\"content print-edition\">\n");
    }

    private static void AppendCoverAndContents(StringBuilder sb, SiteInfo site, IReadOnlyList<PrintLesson> lessons)
    {
        sb.Append("<header class=\"print-cover\">\n<p class=\"print-eyebrow\">Print edition</p>\n");
        sb.Append("<h1 class=\"print-title\">").Append(HtmlEncode(site.Title.Trim())).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(site.Description))
            sb.Append("<p class=\"print-description\">").Append(HtmlEncode(site.Description.Trim())).Append("</p>\n");
        var lessonCount = lessons.Count(l => !l.IsProject);
        var projectCount = lessons.Count - lessonCount;
        sb.Append("<p class=\"print-meta\">").Append(lessonCount.ToString(CultureInfo.InvariantCulture)).Append(lessonCount == 1 ? " lesson" : " lessons");
        if (projectCount > 0)
            sb.Append(" · ").Append(projectCount.ToString(CultureInfo.InvariantCulture)).Append(projectCount == 1 ? " guided project" : " guided projects");
        if (site.BaseUrl is not null)
            sb.Append(" · online at <a href=\"").Append(HtmlEncode(site.BaseUrl)).Append("\">").Append(HtmlEncode(site.BaseUrl)).Append("</a>");
        sb.Append("</p>\n</header>\n");

        sb.Append("<nav class=\"print-contents\" aria-labelledby=\"").Append(ContentsId).Append("\">\n");
        sb.Append("<h2 class=\"print-contents-title\" id=\"").Append(ContentsId).Append("\">Contents</h2>\n<ol class=\"print-toc\">\n");
        foreach (var lesson in lessons)
        {
            sb.Append("<li><a href=\"#").Append(HtmlEncode(lesson.Id)).Append("\"><span class=\"print-toc-number\">")
              .Append(lesson.Number ?? lesson.Order.ToString(CultureInfo.InvariantCulture)).Append("</span>").Append(HtmlEncode(lesson.Title)).Append("</a>");
            if (lesson.Sections.Count > 0)
            {
                sb.Append("\n<ol>\n");
                foreach (var section in lesson.Sections)
                    sb.Append("<li><a href=\"#").Append(HtmlEncode(section.Anchor)).Append("\">").Append(section.TitleHtml).Append("</a></li>\n");
                sb.Append("</ol>\n");
            }
            sb.Append("</li>\n");
        }
        sb.Append("</ol>\n</nav>\n");
    }

    /// <summary>A lesson's sheet up to where its content goes: the article, its phase, its header.</summary>
    private static void AppendLessonStart(StringBuilder sb, PrintLesson lesson)
    {
        sb.Append("<article class=\"print-lesson\" id=\"").Append(HtmlEncode(lesson.Id)).Append("\">\n");
        if (!string.IsNullOrWhiteSpace(lesson.Phase))
            sb.Append("<p class=\"print-lesson-phase\">").Append(HtmlEncode(lesson.Phase)).Append("</p>\n");
        sb.Append(lesson.HeaderHtml).Append("<div class=\"content-body\">\n");
    }

    private static void AppendLessonEnd(StringBuilder sb) => sb.Append("\n</div>\n</article>\n");

    private static void AppendEnd(StringBuilder sb) => sb.Append("</main>\n</body>\n</html>\n");
}
