using MathForML.BrowserTests.Support;
using Microsoft.Playwright;

namespace MathForML.BrowserTests;

/// <summary>
/// An explorable chart: the reader moves its slider by keyboard or pointer, steps and plays it, and
/// the drawn chart changes to the frame the build computed, online and from the unzipped offline edition.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ExplorableChartTests(BuiltSite site) : IDisposable
{
    private readonly UnzippedOfflineEdition _offline = new(site);

    [Fact]
    public Task The_slider_changes_the_chart_by_keyboard_pointer_buttons_and_play() => site.RunAsync(async (page, problems) =>
    {
        await ExploreAsync(page, site.Http + "03-probability.html");
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task The_slider_works_in_the_unzipped_offline_edition() => site.RunAsync(async (page, problems) =>
    {
        await ExploreAsync(page, _offline.Url("03-probability.html"));
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task On_a_phone_the_frame_title_wraps_and_the_legend_clears_the_axis_title() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.Http + "03-probability.html");
        var figure = page.Locator("figure.chart:has(.chart-explore)");
        var plot = figure.Locator(".chart-plot");
        await plot.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(plot).ToHaveAttributeAsync("data-chart-state", "done");
        var clashes = await plot.EvaluateAsync<string[]>("""
            el => {
              const box = s => el.querySelector(s)?.getBoundingClientRect();
              const meet = (a, b) => !!b && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
              const legend = box('.legend'), title = box('.g-gtitle'), figure = el.getBoundingClientRect();
              const clashes = [];
              if (meet(legend, box('.g-xtitle'))) clashes.push('legend on the x-axis title');
              if (meet(legend, box('.draglayer .nsewdrag'))) clashes.push('legend on the plot area');
              if (title.right > figure.right + 1) clashes.push('title cut at the right edge');
              if (el.querySelectorAll('.g-gtitle .line').length < 2) clashes.push('title on one line');
              return clashes;
            }
            """);
        Assert.Empty(clashes);
        Assert.Empty(problems.All);
    }, width: 390, height: 844);

    private static async Task ExploreAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        var figure = page.Locator("figure.chart:has(.chart-explore)");
        var plot = figure.Locator(".chart-plot");
        var slider = figure.Locator("input.explore-slider");
        var value = figure.Locator(".explore-value");
        await figure.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(plot).ToHaveAttributeAsync("data-chart-state", "done");
        await Assertions.Expect(figure.Locator(".chart-explore")).ToBeVisibleAsync();
        await Assertions.Expect(slider).ToHaveAttributeAsync("aria-valuetext", "spread σ = 1");
        Assert.Equal(0.399, await PeakAsync(plot), 3);
        Assert.Contains("σ = 1: its peak is 0.399 high", await DrawnTitleAsync(plot), StringComparison.Ordinal);

        // Keyboard: the arrow keys move a range input one frame at a time.
        await slider.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(slider).ToHaveAttributeAsync("aria-valuetext", "spread σ = 2");
        await Assertions.Expect(value).ToHaveTextAsync("2");
        await Assertions.Expect(plot).ToHaveAttributeAsync("data-chart-state", "done");
        Assert.Equal(0.199, await PeakAsync(plot), 3);
        Assert.Contains("σ = 2: its peak is 0.199 high", await DrawnTitleAsync(plot), StringComparison.Ordinal);
        // The drawn frame keeps the axes every frame shares: the tallest peak (σ = 0.5) still fits.
        Assert.True(await plot.EvaluateAsync<double>("el => el.layout.yaxis.range[1]") >= 0.798);

        // Pointer: a click at the slider's left end picks the first value.
        var box = (await slider.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + 4, box.Y + box.Height / 2);
        await Assertions.Expect(slider).ToHaveAttributeAsync("aria-valuetext", "spread σ = 0.5");
        await Assertions.Expect(plot).ToHaveAttributeAsync("data-chart-state", "done");
        Assert.Equal(0.798, await PeakAsync(plot), 3);

        // The step buttons, then play, which runs to the last value and stops there.
        await figure.Locator("button.explore-step[data-step='1']").ClickAsync();
        await Assertions.Expect(slider).ToHaveAttributeAsync("aria-valuetext", "spread σ = 1");
        var play = figure.Locator("button.explore-play");
        await play.ClickAsync();
        await Assertions.Expect(play).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(slider).ToHaveAttributeAsync("aria-valuetext", "spread σ = 2");
        await Assertions.Expect(play).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(plot).ToHaveAttributeAsync("data-chart-state", "done");
        Assert.Equal(0.199, await PeakAsync(plot), 3);
    }

    /// <summary>The highest point of the drawn density: what plotly has on screen, not what the page meant to draw.</summary>
    private static Task<double> PeakAsync(ILocator plot) => plot.EvaluateAsync<double>("el => Math.max(...el.data[0].y)");

    private static async Task<string> DrawnTitleAsync(ILocator plot) => await plot.Locator(".g-gtitle").TextContentAsync() ?? "";

    public void Dispose() => _offline.Dispose();
}
