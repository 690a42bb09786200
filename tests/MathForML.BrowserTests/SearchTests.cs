using MathForML.BrowserTests.Support;
using Microsoft.Playwright;

namespace MathForML.BrowserTests;

[Collection(BuiltSiteCollection.Name)]
public sealed class SearchTests(BuiltSite site)
{
    private static async Task<IReadOnlyList<string>> ResultPaths(IPage page, string query)
    {
        await page.Locator("#search-input").FillAsync(query);
        // The list may still show the previous query's results: wait until it announces this one's.
        await page.WaitForFunctionAsync("q => document.querySelector('.search-status').textContent.endsWith(' for ' + q)", query);
        return await page.Locator("#search-results .search-result-path").AllInnerTextsAsync();
    }

    [Fact]
    public Task Eigen_finds_ranked_sections_and_a_result_leads_to_its_section() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.Http);
        var paths = await ResultPaths(page, "eigen");
        Assert.True(paths.Count >= 2, string.Join(" | ", paths));
        // The section named after eigenvalues outranks sections that only mention them.
        Assert.Contains("Eigenvalues and eigenvectors", paths[0]);
        Assert.Contains("<mark>", await page.Locator("#search-results .search-result-snippet").First.InnerHTMLAsync());

        await page.Locator("#search-input").PressAsync("ArrowDown");
        Assert.Equal("search-result-0", await page.Locator("#search-input").GetAttributeAsync("aria-activedescendant"));
        await page.Locator("#search-input").PressAsync("Enter");
        await page.ArriveAtAsync("**/02-eigenvalues.html#eigenvalues-and-eigenvectors");
        await Assertions.Expect(page.Locator("#eigenvalues-and-eigenvectors")).ToBeInViewportAsync();
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task Typos_and_prefixes_still_match() => site.RunAsync(async (page, _) =>
    {
        await page.GotoAsync(site.Http);
        Assert.Contains(await ResultPaths(page, "eigenvlue"), p => p.Contains("Eigenvalues"));
        Assert.Contains(await ResultPaths(page, "probab"), p => p.Contains("Probability"));
    });

    [Fact]
    public Task Formulas_are_found_by_what_their_symbols_mean() => site.RunAsync(async (page, _) =>
    {
        await page.GotoAsync(site.Http);
        Assert.Contains("Steepest direction", (await ResultPaths(page, "gradient"))[0]);
        Assert.Contains("Steepest direction", (await ResultPaths(page, "nabla"))[0]);
        Assert.Contains("Symmetric matrices", (await ResultPaths(page, "transpose"))[0]);
    });

    [Fact]
    public Task Enter_opens_the_results_page_for_the_query() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.Http + "01-vectors.html");
        await page.Locator("#search-input").FillAsync("eigen");
        await Assertions.Expect(page.Locator("#search-results .search-result").First).ToBeVisibleAsync();
        await page.Locator("#search-input").PressAsync("Enter");
        await page.ArriveAtAsync("**/search.html?q=eigen");
        await Assertions.Expect(page.Locator("#search-page-results .search-result").First).ToBeVisibleAsync();
        Assert.Equal("eigen", await page.Locator("#search-page-input").InputValueAsync());
        Assert.Contains("results for", await page.Locator("#search-page-status").InnerTextAsync());
        await page.Locator("#search-page-results .search-result").First.ClickAsync();
        await page.ArriveAtAsync("**/02-eigenvalues.html#eigenvalues-and-eigenvectors");
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task Search_works_from_disk() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.File("search.html") + "?q=eigen");
        await Assertions.Expect(page.Locator("#search-page-results .search-result").First).ToBeVisibleAsync();
        await page.GotoAsync(site.File("index.html"));
        Assert.Contains("Eigenvalues", (await ResultPaths(page, "eigen"))[0]);
        Assert.Empty(problems.All);
    });
}
