using System.Globalization;
using System.Text;
using MathForML.Generator.Model;
using static System.Net.WebUtility;

namespace MathForML.Generator.Rendering;

/// <summary>
/// The body of <c>index.html</c>: a hero (course title, description, a start button), who the course
/// is for, a "start here" path, the optional introduction, one section per phase with its lessons as
/// cards, then the pages that plan the study and the ways to take the course along (print edition,
/// PDF). <see cref="PageLayout"/> wraps it.
/// </summary>
public static class HomePage
{
    /// <summary>
    /// A phase made only of lesson 0 (the course overview) is a preface, not one of the course's
    /// numbered phases.
    /// </summary>
    private static bool IsNumbered(NavPhase phase) => phase.Lessons.Any(l => l.Order > 0);

    /// <summary>The id of phase <paramref name="index"/>'s section (0-based), the target of lesson breadcrumbs.</summary>
    internal static string PhaseId(int index) => "phase-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of the projects' section, the target of project breadcrumbs.</summary>
    internal const string ProjectsId = "projects";

    public static string RenderBody(SiteInfo site, NavModel nav, string introHtml, IReadOnlyList<DownloadLink>? downloads = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(nav);

        var sb = new StringBuilder(8192);
        var lessons = nav.Phases.SelectMany(p => p.Lessons).ToList();
        var first = lessons.OrderBy(l => l.Order).FirstOrDefault();

        sb.Append("<div class=\"home\">\n<section class=\"hero\" aria-labelledby=\"hero-title\">\n");
        sb.Append("<h1 id=\"hero-title\" class=\"hero-title\">").Append(HtmlEncode(site.Title)).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(site.Description))
            sb.Append("<p class=\"hero-description\">").Append(HtmlEncode(site.Description.Trim())).Append("</p>\n");
        if (lessons.Count > 0)
        {
            var totalMinutes = lessons.Sum(l => Math.Max(1, l.ReadingMinutes));
            sb.Append("<p class=\"hero-stats\">")
              .Append(Count(lessons.Count, "lesson")).Append(" · ")
              .Append(Count(nav.Phases.Count(IsNumbered), "phase")).Append(" · ");
            if (nav.Projects.Count > 0) sb.Append(Count(nav.Projects.Count, "guided project")).Append(" · ");
            sb.Append("about ").Append(Duration(totalMinutes)).Append(" of reading</p>\n");
            // The reader's progress, counted by site.js from what this browser stored; hidden without it.
            // The checked exercises' ids let it count only answers to exercises the course still has.
            var exercises = lessons.SelectMany(l => l.Exercises).ToList();
            sb.Append("<p class=\"home-progress\" hidden");
            if (exercises.Count > 0) sb.Append(" data-exercises=\"").Append(HtmlEncode(string.Join(" ", exercises))).Append('"');
            sb.Append("><span class=\"home-progress-count\" role=\"status\"></span> ")
              .Append("<button type=\"button\" class=\"link-button progress-reset\">Reset progress</button></p>\n");
        }
        if (first is not null)
        {
            sb.Append("<p class=\"hero-actions\"><a class=\"button button-primary\" href=\"").Append(HtmlEncode(first.Url)).Append("\">")
              .Append("Start with lesson ").Append(first.Order.ToString(CultureInfo.InvariantCulture)).Append(": ")
              .Append(HtmlEncode(first.Title)).Append(" <span aria-hidden=\"true\">→</span></a>");
            if (nav.Phases.Count > 0)
                sb.Append(" <a class=\"button\" href=\"#").Append(PhaseId(0)).Append("\">Browse the lessons</a>");
            sb.Append("</p>\n");
        }
        sb.Append("</section>\n");

        sb.Append("<div class=\"home-guide\">\n");
        HomeGuide.AppendAudience(sb, site);
        HomeGuide.AppendStartHere(sb, nav);
        sb.Append("</div>\n");

        if (!string.IsNullOrWhiteSpace(introHtml))
            sb.Append("<div class=\"home-intro\">\n").Append(introHtml).Append("\n</div>\n");

        var number = 0;
        for (var i = 0; i < nav.Phases.Count; i++)
        {
            var phase = nav.Phases[i];
            var id = PhaseId(i);
            sb.Append("<section class=\"phase\" id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-title\">\n");
            sb.Append("<div class=\"phase-header\">\n");
            if (IsNumbered(phase)) number++;
            if (IsNumbered(phase) && !phase.Title.TrimStart().StartsWith("Phase", StringComparison.OrdinalIgnoreCase))
                sb.Append("<p class=\"phase-eyebrow\">Phase ").Append(number.ToString(CultureInfo.InvariantCulture)).Append("</p>\n");
            sb.Append("<h2 class=\"phase-title\" id=\"").Append(id).Append("-title\">").Append(HtmlEncode(phase.Title)).Append("</h2>\n");
            if (phase.Lessons.Count > 0)
            {
                sb.Append("<p class=\"phase-stats\">").Append(Count(phase.Lessons.Count, "lesson")).Append(" · ")
                  .Append(Duration(phase.Lessons.Sum(l => Math.Max(1, l.ReadingMinutes)))).Append("</p>\n");
            }
            sb.Append("</div>\n");

            sb.Append("<ol class=\"lesson-cards\">\n");
            foreach (var lesson in phase.Lessons)
            {
                sb.Append("<li class=\"lesson-card\">\n");
                AppendCardBody(sb, lesson.Order.ToString("D2", CultureInfo.InvariantCulture), "Lesson " + lesson.Order.ToString(CultureInfo.InvariantCulture),
                    lesson.Title, lesson.Url, lesson.Level, lesson.ReadingMinutes, lesson.Summary);
                sb.Append("</li>\n");
            }
            sb.Append("</ol>\n</section>\n");
        }

        AppendProjects(sb, nav.Projects);
        HomeGuide.AppendStudyPages(sb, nav);
        AppendDownloads(sb, downloads ?? []);

        sb.Append("</div>\n");
        return sb.ToString();
    }

    /// <summary>A card's number, title link (named "Lesson 3: …" for screen readers), level, reading time and summary.</summary>
    private static void AppendCardBody(StringBuilder sb, string number, string spokenNumber, string title, string url, string level, int minutes, string summary)
    {
        sb.Append("<span class=\"lesson-card-number\" aria-hidden=\"true\">").Append(number).Append("</span>\n");
        sb.Append("<h3 class=\"lesson-card-title\"><a href=\"").Append(HtmlEncode(url)).Append("\">")
          .Append("<span class=\"visually-hidden\">").Append(spokenNumber).Append(": </span>")
          .Append(HtmlEncode(title)).Append("</a></h3>\n");
        sb.Append("<p class=\"lesson-card-meta\">");
        if (!string.IsNullOrWhiteSpace(level))
            sb.Append(PageLayout.LevelBadge(level)).Append(' ');
        sb.Append("<span class=\"meta-item\">").Append(PageLayout.ReadingTime(minutes)).Append("</span></p>\n");
        if (!string.IsNullOrWhiteSpace(summary))
            sb.Append("<p class=\"lesson-card-summary\">").Append(HtmlEncode(summary.Trim())).Append("</p>\n");
    }

    /// <summary>The guided projects as cards, each naming the lessons it applies.</summary>
    private static void AppendProjects(StringBuilder sb, IReadOnlyList<NavProject> projects)
    {
        if (projects.Count == 0) return;
        sb.Append("<section class=\"phase phase-projects\" id=\"").Append(ProjectsId).Append("\" aria-labelledby=\"").Append(ProjectsId).Append("-title\">\n")
          .Append("<div class=\"phase-header\">\n<p class=\"phase-eyebrow\">Apply it</p>\n")
          .Append("<h2 class=\"phase-title\" id=\"").Append(ProjectsId).Append("-title\">Guided projects</h2>\n")
          .Append("<p class=\"phase-stats\">").Append(Count(projects.Count, "project")).Append(" · ")
          .Append(Duration(projects.Sum(p => Math.Max(1, p.ReadingMinutes)))).Append("</p>\n</div>\n");
        sb.Append("<ol class=\"lesson-cards\">\n");
        foreach (var project in projects)
        {
            sb.Append("<li class=\"lesson-card project-card\">\n");
            AppendCardBody(sb, PageLayout.ProjectNumber(project.Order), "Project " + project.Order.ToString(CultureInfo.InvariantCulture),
                project.Title, project.Url, project.Level, project.ReadingMinutes, project.Summary);
            if (project.Lessons.Count > 0)
            {
                sb.Append("<p class=\"project-card-lessons\">Applies ");
                for (var i = 0; i < project.Lessons.Count; i++)
                {
                    if (i > 0) sb.Append(i == project.Lessons.Count - 1 ? " and " : ", ");
                    sb.Append("<a href=\"").Append(HtmlEncode(project.Lessons[i].Url)).Append("\">").Append(HtmlEncode(project.Lessons[i].Title)).Append("</a>");
                }
                sb.Append("</p>\n");
            }
            sb.Append("</li>\n");
        }
        sb.Append("</ol>\n</section>\n");
    }

    /// <summary>"Take it with you": one card per download, in the study pages' card style.</summary>
    private static void AppendDownloads(StringBuilder sb, IReadOnlyList<DownloadLink> downloads)
    {
        if (downloads.Count == 0) return;
        sb.Append("<section class=\"home-downloads\" aria-labelledby=\"home-downloads-title\">\n")
          .Append("<h2 class=\"home-section-title\" id=\"home-downloads-title\">Take it with you</h2>\n")
          .Append("<ul class=\"download-cards\">\n");
        foreach (var item in downloads)
        {
            sb.Append("<li class=\"page-card\"><a href=\"").Append(HtmlEncode(item.Url)).Append("\">").Append(HtmlEncode(item.Label)).Append("</a>")
              .Append("<p>").Append(HtmlEncode(item.Description));
            if (item.Bytes is { } bytes)
                sb.Append(" <span class=\"download-size\">(").Append(Downloads.Size(bytes)).Append(")</span>");
            sb.Append("</p></li>\n");
        }
        sb.Append("</ul>\n</section>\n");
    }

    private static string Count(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    private static string Duration(int minutes)
    {
        if (minutes < 60) return minutes.ToString(CultureInfo.InvariantCulture) + " min";
        var h = minutes / 60;
        var m = minutes % 60;
        return m == 0
            ? h.ToString(CultureInfo.InvariantCulture) + " h"
            : h.ToString(CultureInfo.InvariantCulture) + " h " + m.ToString(CultureInfo.InvariantCulture) + " min";
    }
}
