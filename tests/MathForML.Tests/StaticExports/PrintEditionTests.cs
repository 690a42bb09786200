using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MathForML.Generator.Model;

namespace MathForML.Tests.StaticExports;

/// <summary>The structure of print.html: every lesson in order, unique ids, links only within the page.</summary>
public class PrintEditionTests
{
    private static async Task<IDocument> BuildAsync(string? siteUrl = null)
    {
        using var course = StaticExportCourse.Create(siteUrl);
        var result = await StaticExportCourse.BuildAsync(course, new FakeBrowser());
        Assert.True(result.Succeeded, string.Join("\n", result.Course.Diagnostics));
        return new HtmlParser().ParseDocument(course.ReadOutput("print.html"));
    }

    [Fact]
    public async Task Holds_every_lesson_in_order_with_its_header_and_contents()
    {
        var page = await BuildAsync();
        Assert.Equal(["01-alpha", "02-beta"], page.QuerySelectorAll("article.print-lesson").Select(a => a.Id));
        Assert.Equal(["Alpha", "Beta"], page.QuerySelectorAll("article.print-lesson h1").Select(h => h.TextContent));
        Assert.Equal([CourseSettings.DefaultSite.Title, "Alpha", "Beta"], page.QuerySelectorAll("h1").Select(h => h.TextContent));
        Assert.NotNull(page.GetElementById("01-alpha")!.QuerySelector(".objectives math"));
        Assert.Equal(["#01-alpha", "#01-alpha-summary", "#01-alpha-exercises", "#02-beta", "#02-beta-summary", "#02-beta-a-surface"],
            page.QuerySelectorAll("nav.print-contents a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Every_labelled_region_has_a_name_of_its_own()
    {
        var page = await BuildAsync();
        var names = page.QuerySelectorAll("section[aria-labelledby]")
            .Select(s => page.GetElementById(s.GetAttribute("aria-labelledby")!)!.TextContent.Trim())
            .ToList();
        Assert.True(names.Count(n => n.StartsWith("After this lesson you can", StringComparison.Ordinal)) >= 1);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Every_id_is_unique_and_every_link_stays_in_the_page()
    {
        var page = await BuildAsync();
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var link in page.QuerySelectorAll("a[href]"))
        {
            var href = link.GetAttribute("href")!;
            Assert.True(href.StartsWith('#'), $"link leaves the page: {href}");
            Assert.True(page.GetElementById(href[1..]) is not null, $"link to a missing anchor: {href}");
        }
        // Both lessons have a "Summary" section; references follow their ids.
        Assert.NotNull(page.GetElementById("01-alpha-summary"));
        Assert.NotNull(page.GetElementById("02-beta-summary"));
        var alpha = page.GetElementById("01-alpha")!;
        Assert.Equal(["#02-beta-summary", "#01-alpha-cell-1"],
            alpha.QuerySelectorAll(".content-body p a[href]").Select(a => a.GetAttribute("href")));
        Assert.Equal("#01-alpha", page.GetElementById("02-beta")!.QuerySelector(".prerequisites a")!.GetAttribute("href"));
        Assert.Equal("01-alpha-objectives-title", alpha.QuerySelector(".objectives")!.GetAttribute("aria-labelledby"));
        // A page the edition does not hold, with no site URL to point at: its text stays, unlinked.
        Assert.Contains("the resources", alpha.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_to_pages_it_does_not_hold_point_at_the_published_site()
    {
        var page = await BuildAsync("https://example.org/course/");
        Assert.Contains("https://example.org/course/resources.html", page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Shows_charts_as_images_opens_solutions_and_has_no_site_navigation_or_script()
    {
        var page = await BuildAsync();
        Assert.Empty(page.QuerySelectorAll("script, .site-header, .sidebar, .toc, .pager"));
        var images = page.QuerySelectorAll("img.chart-image").ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, i => Assert.Matches("^charts/[0-9a-f]{16}\\.svg$", i.GetAttribute("src")!));
        Assert.All(images, i => Assert.False(i.HasAttribute("loading"), "print images load at once, for the PDF"));
        Assert.Empty(page.QuerySelectorAll("[data-figure]"));
        Assert.True(page.QuerySelector("details:not(.chart-data)")!.HasAttribute("open"));
        // The surface could not be drawn: its data is printed instead.
        var surface = page.QuerySelectorAll("figure.chart").Single(f => f.QuerySelector("img") is null);
        Assert.True(surface.QuerySelector("details.chart-data")!.HasAttribute("open"));
    }
}
