using MathForML.BrowserTests.Support;
using Microsoft.Playwright;

namespace MathForML.BrowserTests;

/// <summary>
/// A reader marks lessons done; the sidebar ticks them and the home page counts them, from this
/// browser's storage only, online and from the unzipped offline edition alike.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ProgressTests(BuiltSite site) : IDisposable
{
    private readonly UnzippedOfflineEdition _offline = new(site);

    [Fact]
    public Task A_lesson_marked_done_is_ticked_in_the_sidebar_and_counted_on_the_home_page() => site.RunAsync(async (page, problems) =>
    {
        await MarkAndCountAsync(page, url => site.Http + url);
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task Progress_works_in_the_unzipped_offline_edition() => site.RunAsync(async (page, problems) =>
    {
        await MarkAndCountAsync(page, _offline.Url);
        Assert.Empty(problems.All);
    });

    private static async Task MarkAndCountAsync(IPage page, Func<string, string> at)
    {
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GotoAsync(at("index.html"));
        var count = page.Locator(".home-progress-count");
        await Assertions.Expect(count).ToHaveTextAsync("0 of 4 lessons, 0 of 4 exercises done");
        await Assertions.Expect(page.Locator(".progress-reset")).ToBeHiddenAsync();

        // By pointer on one lesson, by keyboard on another.
        await page.GotoAsync(at("01-vectors.html"));
        var toggle = page.Locator(".lesson-done");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        var navLink = page.Locator(".sidebar a[data-lesson='01-vectors.html']");
        await Assertions.Expect(navLink).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-done"));
        Assert.Contains("(done)", await navLink.TextContentAsync(), StringComparison.Ordinal);

        await page.GotoAsync(at("02-eigenvalues.html"));
        await page.Locator(".lesson-done").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".lesson-done")).ToHaveAttributeAsync("aria-pressed", "true");
        // Stored, not just drawn: a new page load still shows it.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".lesson-done")).ToHaveAttributeAsync("aria-pressed", "true");

        await page.GotoAsync(at("index.html"));
        await Assertions.Expect(count).ToHaveTextAsync("2 of 4 lessons, 0 of 4 exercises done");
        // The study plan ticks a week whose lessons are all done, and only that one.
        await page.GotoAsync(at("00-overview.html"));
        await PressAsync(page, "true");
        await page.GotoAsync(at("study-plan.html"));
        await Assertions.Expect(page.Locator("#week-1 .section-done")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#week-2 .section-done").CountAsync());
        await page.GotoAsync(at("00-overview.html"));
        await PressAsync(page, "false");
        await page.GotoAsync(at("index.html"));
        await Assertions.Expect(count).ToHaveTextAsync("2 of 4 lessons, 0 of 4 exercises done");
        // Undoing one, then resetting the rest.
        await page.GotoAsync(at("01-vectors.html"));
        await PressAsync(page, "false");
        await page.GotoAsync(at("index.html"));
        await Assertions.Expect(count).ToHaveTextAsync("1 of 4 lessons, 0 of 4 exercises done");
        await page.Locator(".progress-reset").ClickAsync();
        await Assertions.Expect(count).ToHaveTextAsync("0 of 4 lessons, 0 of 4 exercises done");
        Assert.Equal(0, await page.Locator(".sidebar a.is-done").CountAsync());
    }

    /// <summary>Toggles the lesson by keyboard (the page below may still be settling for a pointer) and waits for the state.</summary>
    private static async Task PressAsync(IPage page, string pressed)
    {
        var toggle = page.Locator(".lesson-done");
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", pressed);
    }

    public void Dispose() => _offline.Dispose();
}
