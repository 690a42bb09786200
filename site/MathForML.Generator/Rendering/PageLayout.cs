using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using MathForML.Generator.Model;
using static System.Net.WebUtility;

namespace MathForML.Generator.Rendering;

/// <summary>
/// Writes one complete HTML page: head (assets), header (title, search, theme toggle), course sidebar,
/// the article (lesson header, content, previous/next), the on-page table of contents and the footer.
/// Every page sits at the site root, so every link it writes is relative and valid from <c>file://</c>.
/// </summary>
public static class PageLayout
{
    /// <summary>The localStorage key the theme choice is remembered under (read by the inline script and site.js).</summary>
    internal const string ThemeStorageKey = "mathforml-theme";

    // Runs before the first paint: marks that JavaScript is on and picks the theme, so a dark-theme
    // reader never sees a white flash. Kept tiny and free of quotes that would need escaping.
    private const string ThemeBootScript =
        "(function(d){d.classList.add('js');var t=null;try{t=localStorage.getItem('" + ThemeStorageKey + "')}catch(e){}" +
        "if(t!=='dark'&&t!=='light'){t=window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}" +
        "d.setAttribute('data-theme',t)})(document.documentElement);";

    private const string HomeUrl = "index.html";

    // An inline icon (a sigma on the accent colour): no request, and no 404 for /favicon.ico in the
    // console of every page.
    internal const string Favicon =
        "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='7' fill='%230969da'/%3E" +
        "%3Cpath d='M22 8H10l7 8-7 8h12' fill='none' stroke='white' stroke-width='3' stroke-linecap='round' stroke-linejoin='round'/%3E%3C/svg%3E";

    public static string Render(PageModel page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Render(page, ContainsH1(page.ContentHtml));
    }

    /// <summary>
    /// The page in UTF-8 around <paramref name="content"/>, already UTF-8 (a lesson's kept content):
    /// the layout is rendered with a slot where the content goes and the bytes are joined, so a
    /// lesson's content is copied once instead of decoded, appended and encoded again.
    /// </summary>
    public static byte[] Render(PageModel page, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(content);
        // Only a page without a lesson header looks for a heading of its own (a megabyte scanned for nothing otherwise).
        var layout = Render(page with { ContentHtml = ContentSlot }, page.Lesson is null && ContainsH1(content));
        var at = layout.IndexOf(ContentSlot, StringComparison.Ordinal);
        var before = layout.AsSpan(0, at);
        var after = layout.AsSpan(at + ContentSlot.Length);
        var bytes = new byte[Encoding.UTF8.GetByteCount(before) + content.Length + Encoding.UTF8.GetByteCount(after)];
        var written = Encoding.UTF8.GetBytes(before, bytes);
        content.CopyTo(bytes, written);
        Encoding.UTF8.GetBytes(after, bytes.AsSpan(written + content.Length));
        return bytes;
    }

    /// <summary>Where <see cref="Render(PageModel, byte[])"/> puts the content: text no page or title can hold (the rest of the page is encoded HTML).</summary>
    private static readonly string ContentSlot = "\u0001content-" + Guid.NewGuid().ToString("N") + "\u0001";

    private static string Render(PageModel page, bool contentHasH1)
    {
        var isHome = string.Equals(page.Url, HomeUrl, StringComparison.OrdinalIgnoreCase);
        var hasToc = page.Toc.Count > 0;
        var bodyClasses = new List<string> { isHome ? "page-home" : page.Lesson is not null ? "page-lesson" : "page-extra" };
        if (hasToc) bodyClasses.Add("has-toc");

        var sb = new StringBuilder(page.ContentHtml.Length + 32_768);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n");
        sb.Append("<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").Append(HtmlEncode(PageTitle(page))).Append("</title>\n");
        if (page.ServedAnywhere && page.Site.BaseUrl is not null)
            sb.Append("<base href=\"").Append(Attr(SiteUrl(page.Site))).Append("\">\n");
        if (!string.IsNullOrWhiteSpace(page.Description))
            sb.Append("<meta name=\"description\" content=\"").Append(HtmlEncode(page.Description.Trim())).Append("\">\n");
        if (page.NoIndex)
            sb.Append("<meta name=\"robots\" content=\"noindex\">\n");
        AppendSocialCard(sb, page, isHome);
        sb.Append("<meta name=\"color-scheme\" content=\"light dark\">\n");
        sb.Append("<meta name=\"theme-color\" content=\"#ffffff\" media=\"(prefers-color-scheme: light)\">\n");
        sb.Append("<meta name=\"theme-color\" content=\"#0f1217\" media=\"(prefers-color-scheme: dark)\">\n");
        sb.Append("<link rel=\"icon\" href=\"").Append(Favicon).Append("\">\n");
        sb.Append("<script>").Append(ThemeBootScript).Append("</script>\n");
        if (page.HasMath)
        {
            // The font is asked for now, beside the stylesheets, not when layout first meets a formula:
            // a formula waits for it (font-display: block), and objectives near the top hold formulas.
            // By script, because from file:// a preload (fonts are fetched with CORS) is refused with
            // an error in the console, while the stylesheet's own request for the font works.
            sb.Append("<script>if(location.protocol!=='file:'){var l=document.createElement('link');l.rel='preload';l.as='font';l.type='font/woff2';l.crossOrigin='';l.href='")
                .Append(JavaScriptEncoder.Default.Encode(page.Assets.MathFont)).Append("';document.head.appendChild(l)}</script>\n");
            sb.Append("<link rel=\"stylesheet\" href=\"").Append(Attr(page.Assets.MathCss)).Append("\">\n");
        }
        sb.Append("<link rel=\"stylesheet\" href=\"").Append(Attr(page.Assets.SiteCss)).Append("\">\n");
        if (page.Previous is not null)
            sb.Append("<link rel=\"prev\" href=\"").Append(Attr(page.Previous.Url)).Append("\">\n");
        if (page.Next is not null)
            sb.Append("<link rel=\"next\" href=\"").Append(Attr(page.Next.Url)).Append("\">\n");
        sb.Append("<script defer src=\"").Append(Attr(page.Assets.SiteJs)).Append("\"></script>\n");
        sb.Append("<script defer src=\"").Append(Attr(page.Assets.SearchJs)).Append("\"></script>\n");
        // plotly.js is not loaded here: charts.js fetches it when the first chart nears the viewport.
        if (page.PlotlyJs is not null)
            sb.Append("<script defer src=\"").Append(Attr(page.Assets.ChartsJs)).Append("\" data-plotly=\"").Append(Attr(page.PlotlyJs)).Append("\"></script>\n");
        sb.Append("</head>\n");

        sb.Append("<body class=\"").Append(string.Join(' ', bodyClasses)).Append("\">\n");
        sb.Append("<a class=\"skip-link\" href=\"#main-content\">Skip to content</a>\n");
        AppendHeader(sb, page);

        sb.Append("<div class=\"layout\">\n");
        AppendSidebar(sb, page);

        sb.Append("<main id=\"main-content\" class=\"main\" tabindex=\"-1\">\n");
        sb.Append("<article class=\"content\">\n");
        if (page.Lesson is not null)
            AppendLessonHeader(sb, page, page.Lesson);
        else if (!contentHasH1)
            sb.Append("<h1 class=\"page-title\">").Append(HtmlEncode(page.Title)).Append("</h1>\n");

        sb.Append("<div class=\"content-body\">\n").Append(page.ContentHtml).Append("\n</div>\n");
        AppendPageFooter(sb, page);
        sb.Append("</article>\n</main>\n");

        if (hasToc)
            AppendToc(sb, page.Toc);
        sb.Append("</div>\n");

        AppendSiteFooter(sb, page.Site);
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static string PageTitle(PageModel page)
    {
        var title = page.Title?.Trim() ?? "";
        var site = page.Site.Title.Trim();
        return title.Length == 0 || string.Equals(title, site, StringComparison.Ordinal) ? site : $"{title} — {site}";
    }

    /// <summary>The site's published URL with a trailing slash, so page URLs append to it.</summary>
    private static string SiteUrl(SiteInfo site) => site.BaseUrl!.TrimEnd('/') + "/";

    /// <summary>
    /// Open Graph and Twitter card tags: what a link to the page shows when shared. Absolute URLs
    /// (canonical, og:url) only when the site's URL is known.
    /// </summary>
    private static void AppendSocialCard(StringBuilder sb, PageModel page, bool isHome)
    {
        void Meta(string attribute, string name, string content) =>
            sb.Append("<meta ").Append(attribute).Append("=\"").Append(name).Append("\" content=\"").Append(HtmlEncode(content)).Append("\">\n");

        if (page.Site.BaseUrl is not null && !page.NoIndex)
        {
            var url = SiteUrl(page.Site) + (isHome ? "" : page.Url);
            sb.Append("<link rel=\"canonical\" href=\"").Append(Attr(url)).Append("\">\n");
            Meta("property", "og:url", url);
        }
        Meta("property", "og:type", page.Lesson is not null ? "article" : "website");
        Meta("property", "og:site_name", page.Site.Title);
        Meta("property", "og:title", page.Title);
        if (!string.IsNullOrWhiteSpace(page.Description)) Meta("property", "og:description", page.Description.Trim());
        Meta("name", "twitter:card", "summary");
    }

    private static bool ContainsH1(string html) =>
        html.Contains("<h1>", StringComparison.OrdinalIgnoreCase) || html.Contains("<h1 ", StringComparison.OrdinalIgnoreCase);

    private static bool ContainsH1(ReadOnlySpan<byte> html) =>
        html.IndexOf("<h1>"u8) >= 0 || html.IndexOf("<h1 "u8) >= 0 || html.IndexOf("<H1>"u8) >= 0 || html.IndexOf("<H1 "u8) >= 0;

    private static void AppendHeader(StringBuilder sb, PageModel page)
    {
        sb.Append($$"""
            <header class="site-header">
            <button class="menu-toggle" type="button" aria-controls="sidebar" aria-expanded="false" aria-label="Course menu">
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 6h18M3 12h18M3 18h18"/></svg>
            </button>
            <a class="site-title" href="{{HomeUrl}}">{{HtmlEncode(page.Site.Title)}}</a>
            <div class="search" role="search">
            <label class="visually-hidden" for="search-input">Search the course</label>
            <svg class="icon search-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="11" cy="11" r="7"/><path d="m20 20-3.5-3.5"/></svg>
            <input id="search-input" class="search-input" type="search" placeholder="Search" autocomplete="off" spellcheck="false" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="search-results" aria-describedby="search-hint" data-index="{{Attr(page.Assets.SearchIndexJs)}}" data-minisearch="{{Attr(page.Assets.MiniSearchJs)}}">
            <kbd class="search-key" aria-hidden="true">/</kbd>
            <span id="search-hint" class="visually-hidden">Type to search the lessons; use the up and down arrows to choose a result and Enter to open it.</span>
            <div id="search-results" class="search-results" role="listbox" aria-label="Search results" hidden></div>
            <p class="search-status visually-hidden" role="status" aria-live="polite"></p>
            </div>
            <button class="theme-toggle" type="button" aria-pressed="false" aria-label="Dark theme" title="Toggle dark theme">
            <svg class="icon icon-moon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z"/></svg>
            <svg class="icon icon-sun" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/></svg>
            </button>
            </header>

            """);
    }

    private static void AppendSidebar(StringBuilder sb, PageModel page)
    {
        var nav = page.Nav;
        sb.Append("<nav id=\"sidebar\" class=\"sidebar\" aria-label=\"Course\">\n<div class=\"sidebar-inner\">\n");

        var homeListed = nav.Pages.Any(p => string.Equals(p.Url, HomeUrl, StringComparison.OrdinalIgnoreCase));
        if (!homeListed)
        {
            sb.Append("<ul class=\"nav-list nav-top\">\n");
            AppendNavItem(sb, "Home", HomeUrl, page.Url, number: null);
            sb.Append("</ul>\n");
        }

        for (var i = 0; i < nav.Phases.Count; i++)
        {
            var phase = nav.Phases[i];
            sb.Append("<details class=\"nav-phase\" open>\n<summary>").Append(HtmlEncode(phase.Title)).Append("</summary>\n");
            sb.Append("<ol class=\"nav-list\">\n");
            foreach (var lesson in phase.Lessons)
                AppendNavItem(sb, lesson.Title, lesson.Url, page.Url, lesson.Order.ToString("D2", CultureInfo.InvariantCulture), lesson.Exercises.Count);
            sb.Append("</ol>\n</details>\n");
        }

        if (nav.Projects.Count > 0)
        {
            sb.Append("<details class=\"nav-phase nav-projects\" open>\n<summary>").Append(HtmlEncode(Loading.FrontMatterReader.ProjectPhase)).Append("</summary>\n");
            sb.Append("<ol class=\"nav-list\">\n");
            foreach (var project in nav.Projects)
                AppendNavItem(sb, project.Title, project.Url, page.Url, ProjectNumber(project.Order), trackProgress: false);
            sb.Append("</ol>\n</details>\n");
        }

        if (nav.Pages.Count > 0)
        {
            sb.Append("<ul class=\"nav-list nav-pages\">\n");
            foreach (var link in nav.Pages)
                AppendNavItem(sb, link.Title, link.Url, page.Url, number: null);
            sb.Append("</ul>\n");
        }

        sb.Append("</div>\n</nav>\n");
        sb.Append("<div class=\"sidebar-backdrop\" hidden></div>\n");
    }

    /// <summary>How a project is numbered where lessons show two digits: P1, P2…</summary>
    internal static string ProjectNumber(int order) => "P" + order.ToString(CultureInfo.InvariantCulture);

    private static void AppendNavItem(StringBuilder sb, string title, string url, string currentUrl, string? number, int exercises = 0, bool trackProgress = true)
    {
        var current = string.Equals(url, currentUrl, StringComparison.OrdinalIgnoreCase);
        sb.Append("<li><a href=\"").Append(Attr(url)).Append('"');
        // Lessons (numbered) carry their key for the reader's progress (site.js), kept in the browser only.
        if (number is not null && trackProgress) sb.Append(" data-lesson=\"").Append(Attr(url)).Append('"');
        // How many checked exercises it has: site.js shows how many of them this browser answered.
        if (exercises > 0) sb.Append(" data-exercises=\"").Append(exercises.ToString(CultureInfo.InvariantCulture)).Append('"');
        if (current) sb.Append(" aria-current=\"page\"");
        sb.Append('>');
        if (number is not null) sb.Append("<span class=\"nav-num\">").Append(number).Append("</span> ");
        sb.Append("<span class=\"nav-text\">").Append(HtmlEncode(title)).Append("</span></a></li>\n");
    }

    private static void AppendLessonHeader(StringBuilder sb, PageModel page, LessonHeader lesson)
    {
        var phaseIndex = -1;
        for (var i = 0; i < page.Nav.Phases.Count; i++)
        {
            if (string.Equals(page.Nav.Phases[i].Title, lesson.Phase, StringComparison.Ordinal)) { phaseIndex = i; break; }
        }

        sb.Append("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\">\n<ol>\n");
        sb.Append("<li><a href=\"").Append(HomeUrl).Append("\">Home</a></li>\n");
        if (!string.IsNullOrWhiteSpace(lesson.Phase))
        {
            var phaseHref = lesson.IsProject ? $"{HomeUrl}#{HomePage.ProjectsId}"
                : phaseIndex >= 0 ? $"{HomeUrl}#{HomePage.PhaseId(phaseIndex)}" : HomeUrl;
            sb.Append("<li><a href=\"").Append(Attr(phaseHref)).Append("\">").Append(HtmlEncode(lesson.Phase)).Append("</a></li>\n");
        }
        sb.Append("<li><span aria-current=\"page\">").Append(HtmlEncode(page.Title)).Append("</span></li>\n");
        sb.Append("</ol>\n</nav>\n");
        AppendLessonHeader(sb, page.Title, lesson);
    }

    /// <summary>
    /// A lesson's header: title, level and reading time, prerequisites, objectives. The print
    /// edition writes the same header for each of its lessons.
    /// </summary>
    internal static void AppendLessonHeader(StringBuilder sb, string title, LessonHeader lesson)
    {
        sb.Append("<header class=\"lesson-header\">\n");
        sb.Append("<h1 class=\"page-title\">").Append(HtmlEncode(title)).Append("</h1>\n");

        sb.Append("<p class=\"lesson-meta\">");
        if (!string.IsNullOrWhiteSpace(lesson.Level))
            sb.Append(LevelBadge(lesson.Level)).Append(' ');
        sb.Append("<span class=\"meta-item\">").Append(ReadingTime(lesson.ReadingMinutes)).Append("</span>");
        sb.Append("<span class=\"meta-item\">").Append(lesson.IsProject ? "Project " : "Lesson ").Append(lesson.Order.ToString(CultureInfo.InvariantCulture)).Append("</span>");
        sb.Append("</p>\n");

        if (lesson.ProjectUrl is not null)
        {
            // A plain relative link: it works from file:// too, and download keeps the zip's name.
            sb.Append("<p class=\"lesson-download\"><a href=\"").Append(Attr(lesson.ProjectUrl)).Append("\" download>")
              .Append("<svg class=\"icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M12 4v11M7 10l5 5 5-5M5 20h14\"/></svg>")
              .Append("Run it yourself: download this ").Append(lesson.IsProject ? "project" : "lesson").Append(" as a console project (.zip, ")
              .Append(Math.Max(1, (lesson.ProjectBytes + 512) / 1024).ToString(CultureInfo.InvariantCulture)).Append(" KB)</a></p>\n");
        }

        AppendLinkList(sb, "prerequisites", lesson.IsProject ? "Lessons it applies" : "Prerequisites", lesson.Prerequisites);
        AppendLinkList(sb, "prerequisites applied-in", "Projects that apply it", lesson.AppliedIn);

        if (lesson.ObjectivesHtml.Count > 0)
        {
            sb.Append("<section class=\"objectives\" aria-labelledby=\"objectives-title\">\n");
            // The lesson's title, for screen readers only, keeps the region's name unique where lessons
            // share a page (the print edition).
            sb.Append("<p class=\"objectives-title\" id=\"objectives-title\">After this ").Append(lesson.IsProject ? "project" : "lesson").Append(" you can<span class=\"visually-hidden\"> (")
              .Append(HtmlEncode(title)).Append(")</span></p>\n<ul>\n");
            foreach (var objective in lesson.ObjectivesHtml)
                sb.Append("<li>").Append(objective).Append("</li>\n");
            sb.Append("</ul>\n</section>\n");
        }
        sb.Append("</header>\n");
    }

    private static void AppendLinkList(StringBuilder sb, string cssClass, string label, IReadOnlyList<NavLink> links)
    {
        if (links.Count == 0) return;
        sb.Append("<div class=\"").Append(cssClass).Append("\"><span class=\"prerequisites-label\">").Append(HtmlEncode(label)).Append("</span>\n<ul>\n");
        foreach (var link in links)
            sb.Append("<li><a href=\"").Append(Attr(link.Url)).Append("\">").Append(HtmlEncode(link.Title)).Append("</a></li>\n");
        sb.Append("</ul></div>\n");
    }

    /// <summary>A level badge, e.g. <c>&lt;span class="badge level level-beginner"&gt;Beginner&lt;/span&gt;</c>.</summary>
    internal static string LevelBadge(string level)
    {
        var slug = new StringBuilder();
        foreach (var c in level.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var cls = slug.ToString().Trim('-');
        return $"<span class=\"badge level{(cls.Length > 0 ? " level-" + cls : "")}\"><span class=\"visually-hidden\">Level: </span>{HtmlEncode(level.Trim())}</span>";
    }

    internal static string ReadingTime(int minutes) =>
        $"{Math.Max(1, minutes).ToString(CultureInfo.InvariantCulture)} min read";

    private static void AppendPageFooter(StringBuilder sb, PageModel page)
    {
        if (page.Previous is null && page.Next is null && page.EditUrl is null && page.Lesson is null) return;

        sb.Append("<footer class=\"page-footer\">\n");
        if (page.Lesson is { IsProject: false })
        {
            // Hidden until site.js finds the browser's storage usable: without it the button could not keep its word.
            sb.Append("<div class=\"lesson-progress\" hidden><button type=\"button\" class=\"button lesson-done\" aria-pressed=\"false\" data-lesson=\"")
              .Append(Attr(page.Url)).Append("\">Mark this lesson as done</button></div>\n");
        }
        if (page.Previous is not null || page.Next is not null)
        {
            sb.Append("<nav class=\"pager\" aria-label=\"Previous and next\">\n");
            if (page.Previous is not null)
            {
                sb.Append("<a class=\"pager-link pager-prev\" href=\"").Append(Attr(page.Previous.Url)).Append("\" rel=\"prev\">")
                  .Append("<span class=\"pager-label\">Previous</span><span class=\"pager-title\">")
                  .Append(HtmlEncode(page.Previous.Title)).Append("</span></a>\n");
            }
            if (page.Next is not null)
            {
                sb.Append("<a class=\"pager-link pager-next\" href=\"").Append(Attr(page.Next.Url)).Append("\" rel=\"next\">")
                  .Append("<span class=\"pager-label\">Next</span><span class=\"pager-title\">")
                  .Append(HtmlEncode(page.Next.Title)).Append("</span></a>\n");
            }
            sb.Append("</nav>\n");
        }
        if (page.EditUrl is not null)
        {
            sb.Append("<p class=\"edit-link\"><a href=\"").Append(Attr(page.EditUrl)).Append("\">")
              .Append("<svg class=\"icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4\"/></svg>")
              .Append("Edit this page</a></p>\n");
        }
        sb.Append("</footer>\n");
    }

    private static void AppendToc(StringBuilder sb, IReadOnlyList<TocEntry> toc)
    {
        sb.Append("<aside class=\"toc\">\n<nav aria-labelledby=\"toc-title\">\n");
        sb.Append("<p class=\"toc-title\" id=\"toc-title\">On this page</p>\n<ul>\n");
        var openSub = false;   // inside a nested <ul> of h3 entries
        var openItem = false;  // an h2 <li> is open
        foreach (var entry in toc)
        {
            var link = $"<a href=\"#{Attr(entry.Anchor)}\">{entry.TitleHtml}</a>";
            if (entry.Level <= 2 || !openItem)
            {
                if (openSub) { sb.Append("</ul>\n"); openSub = false; }
                if (openItem) { sb.Append("</li>\n"); openItem = false; }
                sb.Append("<li").Append(entry.Level > 2 ? " class=\"toc-sub\"" : "").Append('>').Append(link);
                openItem = entry.Level <= 2;
                if (!openItem) sb.Append("</li>\n");
            }
            else
            {
                if (!openSub) { sb.Append("\n<ul>\n"); openSub = true; }
                sb.Append("<li>").Append(link).Append("</li>\n");
            }
        }
        if (openSub) sb.Append("</ul>\n");
        if (openItem) sb.Append("</li>\n");
        sb.Append("</ul>\n</nav>\n</aside>\n");
    }

    private static void AppendSiteFooter(StringBuilder sb, SiteInfo site)
    {
        sb.Append("<footer class=\"site-footer\">\n<p>");
        sb.Append("<a href=\"").Append(HomeUrl).Append("\">").Append(HtmlEncode(site.Title)).Append("</a>");
        if (!string.IsNullOrWhiteSpace(site.RepositoryUrl))
            sb.Append(" · <a href=\"").Append(Attr(site.RepositoryUrl)).Append("\">Source</a>");
        sb.Append(" · Math by Temml, charts by Plotly, search by MiniSearch.");
        sb.Append("</p>\n</footer>\n");
    }

    private static string Attr(string value) => HtmlEncode(value);
}
