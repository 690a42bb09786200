using MathForML.BrowserTests.Support;
using Microsoft.Playwright;

namespace MathForML.BrowserTests;

/// <summary>
/// A jump to a section lands on it, though sections off screen stand in at a guessed height until
/// they are laid out: opening a page at an anchor, following a link in the table of contents, and
/// following the same link again.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class AnchorJumpTests(BuiltSite site)
{
    [Fact]
    public Task Opening_a_page_at_an_anchor_lands_on_that_section() => site.RunAsync(async (page, problems) =>
    {
        foreach (var anchor in new[] { "arrows", "exercises" })
        {
            await page.GotoAsync(site.Http + "01-vectors.html#" + anchor, new() { WaitUntil = WaitUntilState.NetworkIdle });
            await AssertLandedAsync(page, anchor);
        }
        Assert.Empty(problems.All);
    }, width: 390, height: 844);

    [Fact]
    public Task A_table_of_contents_link_lands_on_its_section_every_time() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.Http + "01-vectors.html", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Locator(".toc a[href='#exercises']").ClickAsync();
        await AssertLandedAsync(page, "exercises");
        await page.EvaluateAsync("window.scrollTo({ top: 0, behavior: 'instant' })");
        await page.Locator(".toc a[href='#exercises']").ClickAsync();
        await AssertLandedAsync(page, "exercises");
        Assert.Empty(problems.All);
    }, width: 1400, height: 800);

    /// <summary>Once the page has settled, the heading sits just under the sticky header, not pages away.</summary>
    private static async Task AssertLandedAsync(IPage page, string anchor)
    {
        await page.WaitForTimeoutAsync(400); // sections near the screen render and may move what is below them
        var top = await page.Locator("#" + anchor).EvaluateAsync<double>("el => el.getBoundingClientRect().top");
        var header = await page.Locator(".site-header").EvaluateAsync<double>("el => el.getBoundingClientRect().bottom");
        Assert.InRange(top, header - 1, header + 120);
    }
}
