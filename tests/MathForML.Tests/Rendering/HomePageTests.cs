using AngleSharp.Html.Parser;
using MathForML.Generator.Model;
using MathForML.Generator.Rendering;

namespace MathForML.Tests.Rendering;

public class HomePageTests
{
    private static readonly SiteInfo Site = new("Course", "What it teaches.", null, Audience: "People who write C#.");

    private static NavModel Nav(params NavLink[] pages) => new(
        [
            new NavPhase("Introduction", [new NavLesson("Overview", "00-overview.html", 0, "beginner", "The map.", 10)]),
            new NavPhase("Linear Algebra", [new NavLesson("Vectors", "01-vectors.html", 1, "beginner", "Arrows and lists.", 30)]),
        ],
        pages);

    private static AngleSharp.Html.Dom.IHtmlDocument Render(NavModel nav, SiteInfo? site = null) =>
        new HtmlParser().ParseDocument("<body>" + HomePage.RenderBody(site ?? Site, nav, "") + "</body>");

    [Fact]
    public void Links_to_the_planning_pages_that_exist()
    {
        var page = Render(Nav(new("Learning Paths", "learning-paths.html"), new("12-Week Study Plan", "study-plan.html"), new("Resources", "resources.html")));
        var start = page.QuerySelectorAll(".start-steps a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["00-overview.html", "learning-paths.html", "study-plan.html", "01-vectors.html"], start);
        var cards = page.QuerySelectorAll(".page-cards a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["learning-paths.html", "study-plan.html", "resources.html"], cards);
    }

    [Fact]
    public void Leaves_out_the_planning_pages_that_do_not_exist()
    {
        var page = Render(Nav());
        var hrefs = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain("learning-paths.html", hrefs);
        Assert.DoesNotContain("study-plan.html", hrefs);
        Assert.DoesNotContain("resources.html", hrefs);
        Assert.Null(page.QuerySelector(".home-pages"));
        Assert.Equal(["00-overview.html", "01-vectors.html"], page.QuerySelectorAll(".start-steps a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Other_pages_are_listed_after_the_planning_pages()
    {
        var page = Render(Nav(new("Resources", "resources.html"), new("Glossary", "glossary.html")));
        Assert.Equal(["resources.html"], page.QuerySelectorAll(".page-cards a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["glossary.html"], page.QuerySelectorAll(".home-page-links a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Has_a_place_for_the_readers_progress_that_stays_hidden_until_the_script_fills_it()
    {
        // Without JavaScript or storage there is nothing to count: the line must not show an empty count.
        var progress = Render(Nav()).QuerySelector(".home-progress")!;
        Assert.True(progress.HasAttribute("hidden"));
        Assert.Equal("status", progress.QuerySelector(".home-progress-count")!.GetAttribute("role"));
        Assert.Equal("button", progress.QuerySelector(".progress-reset")!.GetAttribute("type"));
    }

    [Fact]
    public void Says_who_the_course_is_for_and_shows_lessons_as_cards()
    {
        var page = Render(Nav());
        Assert.Equal("People who write C#.", page.QuerySelector(".home-audience p")!.TextContent);
        var card = page.QuerySelectorAll(".lesson-card")[1];
        Assert.Contains("Vectors", card.QuerySelector(".lesson-card-title")!.TextContent);
        Assert.Contains("beginner", card.QuerySelector(".badge")!.TextContent);
        Assert.Equal("30 min read", card.QuerySelector(".lesson-card-meta .meta-item")!.TextContent);
        Assert.Equal("Arrows and lists.", card.QuerySelector(".lesson-card-summary")!.TextContent);
    }

    [Fact]
    public void Without_an_audience_there_is_no_audience_section()
    {
        var page = Render(Nav(), Site with { Audience = null });
        Assert.Null(page.QuerySelector(".home-audience"));
    }
}
