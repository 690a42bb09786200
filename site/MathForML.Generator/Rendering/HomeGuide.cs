using System.Globalization;
using System.Text;
using MathForML.Generator.Model;
using static System.Net.WebUtility;

namespace MathForML.Generator.Rendering;

/// <summary>
/// The home page's guidance around the lesson cards: who the course is for, a "start here" path,
/// and the pages that plan the study (learning paths, the 12-week plan, resources). Those pages are
/// ordinary course pages found by URL: a missing one is left out, never linked dead.
/// </summary>
internal static class HomeGuide
{
    public const string LearningPathsUrl = "learning-paths.html";
    public const string StudyPlanUrl = "study-plan.html";
    public const string ResourcesUrl = "resources.html";

    /// <summary>The planning pages in the order the home page offers them, with a line on what each is for.</summary>
    private static readonly (string Url, string Blurb)[] PlanningPages =
    [
        (LearningPathsUrl, "Routes through the lessons for different backgrounds and goals."),
        (StudyPlanUrl, "Twelve weeks, lesson by lesson, with time for exercises and review."),
        (ResourcesUrl, "Books, courses and papers to go further."),
    ];

    public static void AppendAudience(StringBuilder sb, SiteInfo site)
    {
        if (string.IsNullOrWhiteSpace(site.Audience)) return;
        sb.Append("<section class=\"home-audience\" aria-labelledby=\"audience-title\">\n")
          .Append("<h2 class=\"home-section-title\" id=\"audience-title\">Who it is for</h2>\n")
          .Append("<p>").Append(HtmlEncode(site.Audience.Trim())).Append("</p>\n</section>\n");
    }

    /// <summary>
    /// Overview lesson (order 0) → choose a path → the study plan → the first numbered lesson;
    /// each step only when its page exists.
    /// </summary>
    public static void AppendStartHere(StringBuilder sb, NavModel nav)
    {
        var lessons = nav.Phases.SelectMany(p => p.Lessons).OrderBy(l => l.Order).ToList();
        var steps = new List<(string Url, string Title, string Text)>();
        var overview = lessons.FirstOrDefault(l => l.Order == 0);
        if (overview is not null) steps.Add((overview.Url, overview.Title, "What the course covers, how a lesson works and the notation."));
        if (Find(nav, LearningPathsUrl) is { } paths) steps.Add((paths.Url, paths.Title, "Pick the route that fits your background."));
        if (Find(nav, StudyPlanUrl) is { } plan) steps.Add((plan.Url, plan.Title, "Set a pace: a lesson or two a week."));
        if (lessons.FirstOrDefault(l => l.Order > 0) is { } first)
            steps.Add((first.Url, $"Lesson {first.Order.ToString(CultureInfo.InvariantCulture)}: {first.Title}", "The first lesson of the course proper."));
        if (steps.Count < 2) return; // a single step is the hero's button already

        sb.Append("<section class=\"start-here\" aria-labelledby=\"start-title\">\n")
          .Append("<h2 class=\"home-section-title\" id=\"start-title\">Start here</h2>\n<ol class=\"start-steps\">\n");
        foreach (var (url, title, text) in steps)
        {
            sb.Append("<li><a href=\"").Append(HtmlEncode(url)).Append("\">").Append(HtmlEncode(title)).Append("</a>")
              .Append("<span class=\"start-step-text\">").Append(HtmlEncode(text)).Append("</span></li>\n");
        }
        sb.Append("</ol>\n</section>\n");
    }

    /// <summary>The planning pages as cards, then any other page as a plain link.</summary>
    public static void AppendStudyPages(StringBuilder sb, NavModel nav)
    {
        var planning = PlanningPages.Select(p => (Link: Find(nav, p.Url), p.Blurb)).Where(p => p.Link is not null).ToList();
        var others = nav.Pages.Where(p => !PlanningPages.Any(k => Same(k.Url, p.Url)) && !Same(p.Url, "index.html")).ToList();
        if (planning.Count == 0 && others.Count == 0) return;

        sb.Append("<section class=\"home-pages\" aria-labelledby=\"home-pages-title\">\n")
          .Append("<h2 class=\"home-section-title\" id=\"home-pages-title\">Plan your study</h2>\n");
        if (planning.Count > 0)
        {
            sb.Append("<ul class=\"page-cards\">\n");
            foreach (var (link, blurb) in planning)
            {
                sb.Append("<li class=\"page-card\"><a href=\"").Append(HtmlEncode(link!.Url)).Append("\">").Append(HtmlEncode(link.Title)).Append("</a>")
                  .Append("<p>").Append(HtmlEncode(blurb)).Append("</p></li>\n");
            }
            sb.Append("</ul>\n");
        }
        if (others.Count > 0)
        {
            sb.Append("<ul class=\"home-page-links\">\n");
            foreach (var link in others)
                sb.Append("<li><a href=\"").Append(HtmlEncode(link.Url)).Append("\">").Append(HtmlEncode(link.Title)).Append("</a></li>\n");
            sb.Append("</ul>\n");
        }
        sb.Append("</section>\n");
    }

    private static NavLink? Find(NavModel nav, string url) => nav.Pages.FirstOrDefault(p => Same(p.Url, url));

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
