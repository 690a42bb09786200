using MathForML.BrowserTests.Support;
using Microsoft.Playwright;

namespace MathForML.BrowserTests;

[Collection(BuiltSiteCollection.Name)]
public sealed class WholeSiteTests(BuiltSite site)
{
    private IEnumerable<string> Pages() =>
        Directory.EnumerateFiles(site.Output, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>Opens a page, scrolls to its end (so lazy charts load) and back, and lets it settle.</summary>
    private static async Task VisitAsync(IPage page, string url)
    {
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // Interactive charts only: the print edition's are static images.
        var charts = page.Locator(".chart-plot[data-figure]");
        for (var i = 0; i < await charts.CountAsync(); i++)
        {
            await charts.Nth(i).ScrollIntoViewIfNeededAsync();
            await Assertions.Expect(charts.Nth(i)).ToHaveAttributeAsync("data-chart-state", "done");
        }
    }

    [Fact]
    public Task No_page_logs_an_error_or_fails_a_request_over_http() => site.RunAsync(async (page, problems) =>
    {
        foreach (var name in Pages())
        {
            await VisitAsync(page, site.Http + (name == "index.html" ? "" : name));
            Assert.True(problems.All.Count == 0, name + ":\n" + string.Join("\n", problems.All));
        }
    });

    [Fact]
    public Task No_page_logs_an_error_or_fails_a_request_from_disk() => site.RunAsync(async (page, problems) =>
    {
        foreach (var name in Pages())
        {
            await VisitAsync(page, site.File(name));
            Assert.True(problems.All.Count == 0, name + ":\n" + string.Join("\n", problems.All));
        }
    });

    [Fact]
    public Task The_site_works_from_disk() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.File("index.html"));
        await page.Locator(".lesson-card-title a", new() { HasText = "Vectors" }).ClickAsync();
        await page.ArriveAtAsync("**/01-vectors.html");
        Assert.True(await page.Locator("math").CountAsync() > 0);
        var plot = page.Locator(".chart-plot").First;
        await plot.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(plot.Locator("svg.main-svg").First).ToBeAttachedAsync();
        await page.Locator(".theme-toggle").ClickAsync();
        // Move on only once the page shows the dark theme and its storage holds the choice. Once, on a
        // loaded CI machine, the next page came up light: clicking "next" in the same instant as the
        // toggle probably raced Chromium's asynchronous hand-off of the localStorage write, which no
        // reader is quick enough to hit.
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await page.WaitForFunctionAsync("() => localStorage.getItem('mathforml-theme') === 'dark'");
        await page.Locator(".pager-next").ClickAsync();
        await page.ArriveAtAsync("**/02-eigenvalues.html");
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Empty(problems.All);
    });
}
