using System.Text.Json;
using MathForML.BrowserTests.Support;
using Microsoft.Playwright;

namespace MathForML.BrowserTests;

/// <summary>
/// axe-core (the npm dev dependency, from the repository's node_modules) on every page of the
/// fixture site, light and dark, with charts drawn, collapsed sections open and search results shown.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class AccessibilityTests(BuiltSite site)
{
    private static readonly Lazy<string> Axe = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        throw new InvalidOperationException("axe-core not found: run `npm ci` at the repository root.");
    });

    private static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Content = Axe.Value });
        var json = await page.EvaluateAsync<JsonElement>(
            "() => axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')))");
        return json.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public Task No_page_has_an_axe_violation(string scheme) => site.RunAsync(async (page, _) =>
    {
        foreach (var name in Directory.EnumerateFiles(site.Output, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            await page.GotoAsync(site.Http + name + (name == "search.html" ? "?q=eigen" : ""), new() { WaitUntil = WaitUntilState.NetworkIdle });
            // Interactive charts only: the print edition's are static images.
            foreach (var plot in await page.Locator(".chart-plot[data-figure]").AllAsync())
            {
                await plot.ScrollIntoViewIfNeededAsync();
                await Assertions.Expect(plot).ToHaveAttributeAsync("data-chart-state", "done");
            }
            await page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");
            var violations = await ViolationsAsync(page);
            Assert.True(violations.Count == 0, $"{name} ({scheme}):\n" + string.Join("\n", violations));
        }
    }, colorScheme: scheme);

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public Task Checked_exercises_with_their_feedback_have_no_axe_violation(string scheme) => site.RunAsync(async (page, _) =>
    {
        await page.GotoAsync(site.Http + "01-vectors.html");
        var forms = page.Locator("form.exercise-check");
        await forms.Nth(0).Locator("input").FillAsync("4");
        await forms.Nth(0).Locator("input").PressAsync("Enter");
        await Assertions.Expect(forms.Nth(0).Locator(".answer-show-hint")).ToBeVisibleAsync();
        await forms.Nth(1).Locator("input").FillAsync("2, -4, 6");
        await forms.Nth(1).Locator("input").PressAsync("Enter");
        await Assertions.Expect(forms.Nth(1).Locator(".answer-done")).ToBeVisibleAsync();
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{scheme}:\n" + string.Join("\n", violations));
    }, colorScheme: scheme);

    [Fact]
    public Task The_open_search_results_have_no_axe_violation() => site.RunAsync(async (page, _) =>
    {
        await page.GotoAsync(site.Http);
        await page.Locator("#search-input").FillAsync("eigen");
        await page.WaitForFunctionAsync("document.querySelector('.search-status').textContent.endsWith(' for eigen')");
        await page.Locator("#search-input").PressAsync("ArrowDown");
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    });

    [Fact]
    public Task A_section_skipped_by_content_visibility_clips_its_overflow_where_axe_can_see_it() => site.RunAsync(async (page, _) =>
    {
        // Off screen a section stands in at 1,200px while its content, laid out when a tool asks for
        // it, can run thousands of pixels past it over the next sections. axe (so Lighthouse) clips
        // elements only at overflow:hidden: without it, it measured a formula in lesson 13 and in
        // project 06 of the course against an answer-check button of a section further up.
        // content-visibility already clips painting, so readers see no change; paper must not clip.
        await page.GotoAsync(site.Http + "01-vectors.html");
        var last = page.Locator(".content-body > .section").Last;
        Assert.Equal(("auto", "hidden"), await StyleAsync(last));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal(("visible", "visible"), await StyleAsync(last));

        static async Task<(string, string)> StyleAsync(ILocator section)
        {
            var style = await section.EvaluateAsync<string[]>("e => [getComputedStyle(e).contentVisibility, getComputedStyle(e).overflow]");
            return (style[0], style[1]);
        }
    });
}
