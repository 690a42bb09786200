using MathForML.BrowserTests.Support;
using Microsoft.Playwright;

namespace MathForML.BrowserTests;

[Collection(BuiltSiteCollection.Name)]
public sealed class HomeAndNavigationTests(BuiltSite site)
{
    [Fact]
    public Task The_home_page_shows_the_course_by_phase_with_a_start_path() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.Http);
        Assert.Equal("Fixture Course", await page.TitleAsync());
        Assert.Equal(["Introduction", "Linear Algebra", "Probability"], await page.Locator(".phase-title").AllTextContentsAsync());
        Assert.Equal(4, await page.Locator(".lesson-card").CountAsync());
        Assert.Contains("intermediate", await page.Locator(".lesson-card", new() { HasText = "Eigenvalues" }).TextContentAsync());
        Assert.Equal(["00-overview.html", "study-plan.html", "01-vectors.html"], await Hrefs(page, ".start-steps a"));
        Assert.Equal(["study-plan.html", "resources.html"], await Hrefs(page, ".page-cards a"));
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task Lesson_cards_sidebar_and_pager_lead_through_the_course() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.Http);
        await page.Locator(".lesson-card-title a", new() { HasText = "Vectors" }).ClickAsync();
        await page.ArriveAtAsync("**/01-vectors.html");
        Assert.Equal("Vectors", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("01-vectors.html", await page.Locator("#sidebar a[aria-current=page]").GetAttributeAsync("href"));
        Assert.Equal(["Home", "Linear Algebra", "Vectors"], (await page.Locator(".breadcrumb li").AllInnerTextsAsync()).Select(t => t.Trim()));

        await page.Locator(".pager-next").ClickAsync();
        await page.ArriveAtAsync("**/02-eigenvalues.html");
        Assert.Equal("02-eigenvalues.html", await page.Locator("#sidebar a[aria-current=page]").GetAttributeAsync("href"));
        Assert.Equal("Vectors", await page.Locator(".prerequisites a").InnerTextAsync());

        // Phases fold away.
        var phase = page.Locator("#sidebar details.nav-phase", new() { HasText = "Probability" });
        await phase.Locator("summary").ClickAsync();
        Assert.False(await phase.EvaluateAsync<bool>("d => d.open"));
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task Square_brackets_and_arrow_keys_turn_the_lessons_and_slash_focuses_search() => site.RunAsync(async (page, _) =>
    {
        await page.GotoAsync(site.Http + "02-eigenvalues.html");
        await page.Keyboard.PressAsync("]");
        await page.ArriveAtAsync("**/03-probability.html");
        await page.Keyboard.PressAsync("[");
        await page.ArriveAtAsync("**/02-eigenvalues.html");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.ArriveAtAsync("**/01-vectors.html");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        // Typing in the search box turns no page.
        await page.Keyboard.PressAsync("]");
        Assert.EndsWith("01-vectors.html", page.Url);
    });

    [Fact]
    public Task The_focused_control_is_visibly_outlined() => site.RunAsync(async (page, _) =>
    {
        await page.GotoAsync(site.Http + "01-vectors.html");
        await page.Keyboard.PressAsync("Tab"); // the skip link
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
    });

    [Fact]
    public Task On_a_phone_the_sidebar_is_a_menu() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.Http + "01-vectors.html");
        var sidebar = page.Locator("#sidebar");
        Assert.False(await sidebar.IsVisibleAsync());
        await page.Locator(".menu-toggle").ClickAsync();
        await Assertions.Expect(sidebar).ToBeVisibleAsync();
        Assert.Equal("true", await page.Locator(".menu-toggle").GetAttributeAsync("aria-expanded"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(sidebar).ToBeHiddenAsync();
        // Nothing is wider than the phone.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        Assert.Empty(problems.All);
    }, width: 360, height: 740);

    [Fact]
    public Task A_missing_page_answers_with_the_404_page() => site.RunAsync(async (page, _) =>
    {
        var response = await page.GotoAsync(site.Http + "no-such-lesson.html");
        Assert.Equal(404, response!.Status);
        Assert.Equal("This page does not exist", await page.Locator("h1").InnerTextAsync());
        await page.Locator("main a", new() { HasText = "home page" }).ClickAsync();
        await page.ArriveAtAsync("**/index.html");
    });

    private static async Task<List<string?>> Hrefs(IPage page, string selector)
    {
        var links = await page.Locator(selector).AllAsync();
        var hrefs = new List<string?>();
        foreach (var link in links) hrefs.Add(await link.GetAttributeAsync("href"));
        return hrefs;
    }
}
