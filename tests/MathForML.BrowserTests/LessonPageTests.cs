using System.Text.RegularExpressions;
using MathForML.BrowserTests.Support;
using MathForML.Generator.Assets;
using Microsoft.Playwright;

namespace MathForML.BrowserTests;

[Collection(BuiltSiteCollection.Name)]
public sealed class LessonPageTests(BuiltSite site)
{
    private const string Vectors = "01-vectors.html";

    [Fact]
    public Task Math_is_MathML_in_the_course_math_font_and_a_screen_reader_gets_it_as_math() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.Http + Vectors);
        Assert.True(await page.Locator("math").CountAsync() >= 5);
        var display = page.Locator(".math-display > math[display=block]").First;
        await Assertions.Expect(display).ToBeVisibleAsync();
        Assert.Contains(MathFont.Family, await display.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"));
        Assert.True(await page.EvaluateAsync<bool>($"document.fonts.ready.then(() => document.fonts.check('1em \"{MathFont.Family}\"', '∑(𝐱)'))"));
        // A pmatrix stretches its brackets from the font's MATH table: taller than one line of text.
        var bracket = await display.Locator("mo[fence=true]").First.EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        var line = await display.Locator("mi").First.EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        Assert.True(bracket > 1.5 * line, $"bracket {bracket}px, letter {line}px");

        // What assistive technology is given (Chromium's accessibility tree): a math node holding the
        // formula's symbols, bold x included, not an image or an empty box.
        var tree = await page.Locator(".math-display").First.AriaSnapshotAsync();
        Assert.Contains("- math: 𝐱 = ( x 1 x 2 )", tree);
        Assert.Contains("- math: ‖ 𝐱 ‖ 2", await page.Locator(".objectives").AriaSnapshotAsync());
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task Wide_blocks_are_reachable_by_keyboard_from_the_start_and_narrow_ones_lose_their_tab_stop() => site.RunAsync(async (page, problems) =>
    {
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync(site.Http + Vectors);
        await page.WaitForFunctionAsync("document.querySelector('.content .math-display[tabindex]') !== null");
        // Nothing has been scrolled yet, and every block that overflows already takes focus: what a
        // screen reader or axe finds anywhere on the page, without site.js measuring the whole page.
        var unreachable = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.content .math-display, .content pre, .content .output-table')]" +
            ".filter(e => e.scrollWidth > e.clientWidth + 1 && e.getAttribute('tabindex') !== '0').map(e => e.className)");
        Assert.Empty(unreachable);

        var wide = page.Locator(".math-display").Last;
        await wide.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(wide).ToHaveAttributeAsync("data-scrollable", "");
        await Assertions.Expect(wide).ToHaveAttributeAsync("tabindex", "0");
        await Assertions.Expect(wide).ToHaveAttributeAsync("aria-label", "Formula (scrolls sideways)");

        var narrow = page.Locator(".math-display").First;
        await narrow.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(narrow).Not.ToHaveAttributeAsync("tabindex", "0");
        Assert.Null(await narrow.GetAttributeAsync("aria-label"));
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task A_table_of_contents_link_puts_its_heading_at_the_top_of_the_screen() => site.RunAsync(async (page, problems) =>
    {
        await page.SetViewportSizeAsync(1280, 600);
        await page.GotoAsync(site.Http + Vectors);
        foreach (var id in new[] { "exercises", "lists-of-numbers", "arrows" })
        {
            await page.Locator($".toc a[href='#{id}']").ClickAsync();
            // Sections laid out late (content-visibility) must not move the heading after the jump.
            await page.WaitForTimeoutAsync(300);
            var top = await page.Locator("#" + id).EvaluateAsync<double>("e => e.getBoundingClientRect().top");
            Assert.InRange(top, 0, 200);
        }
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task Long_lessons_skip_the_layout_of_sections_far_from_the_screen_but_print_them() => site.RunAsync(async (page, _) =>
    {
        await page.GotoAsync(site.Http + Vectors);
        var sections = page.Locator(".content-body > .section");
        Assert.True(await sections.CountAsync() >= 3);
        Assert.Equal("auto", await sections.Last.EvaluateAsync<string>("e => getComputedStyle(e).contentVisibility"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("visible", await sections.Last.EvaluateAsync<string>("e => getComputedStyle(e).contentVisibility"));
    });

    [Fact]
    public Task A_chart_loads_plotly_only_when_scrolled_near_and_draws_an_svg() => site.RunAsync(async (page, problems) =>
    {
        var plotlyRequests = 0;
        var dataRequests = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("plotly", StringComparison.Ordinal)) plotlyRequests++;
            if (request.Url.Contains("/charts/", StringComparison.Ordinal) && request.Url.EndsWith(".js", StringComparison.Ordinal)) dataRequests.Add(request.Url);
        };
        await page.GotoAsync(site.Http + Vectors, new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal(0, plotlyRequests);
        Assert.Empty(dataRequests); // the figure is not in the page either: a script of its own, loaded with plotly.js
        Assert.False(await page.EvaluateAsync<bool>("typeof window.Plotly !== 'undefined'"));

        var plot = page.Locator(".chart-plot").First;
        await plot.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(plot.Locator("svg.main-svg").First).ToBeAttachedAsync();
        await Assertions.Expect(plot).ToHaveAttributeAsync("data-chart-state", "done");
        Assert.Equal(1, plotlyRequests);
        Assert.Equal(site.Http + await plot.GetAttributeAsync("data-figure-src"), Assert.Single(dataRequests));
        Assert.True(await plot.Locator(".scatterlayer path.js-line").CountAsync() >= 1);
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task A_chart_whose_data_cannot_load_says_so_and_keeps_its_image() => site.RunAsync(async (page, problems) =>
    {
        await page.RouteAsync("**/charts/*.js", route => route.AbortAsync());
        await page.GotoAsync(site.Http + Vectors);
        var plot = page.Locator(".chart-plot").First;
        await plot.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(plot).ToHaveAttributeAsync("data-message", "The chart data could not be loaded.");
        await Assertions.Expect(plot).ToHaveClassAsync(new Regex(@"\bchart-failed\b"));
        await Assertions.Expect(plot.Locator("img.chart-image")).ToBeVisibleAsync(); // drawn at build time, still there
        Assert.All(problems.All, p => Assert.Contains("/charts/", p, StringComparison.Ordinal)); // only the blocked request, no script error
    });

    [Fact]
    public Task Charts_resize_with_the_page() => site.RunAsync(async (page, _) =>
    {
        await page.GotoAsync(site.Http + Vectors);
        var plot = page.Locator(".chart-plot").First;
        await plot.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(plot).ToHaveAttributeAsync("data-chart-state", "done");
        var wide = await SvgWidth(plot);
        await page.SetViewportSizeAsync(480, 800);
        await page.WaitForFunctionAsync("w => document.querySelector('.chart-plot svg.main-svg').getBoundingClientRect().width < w - 100", wide);
    });

    private static Task<double> SvgWidth(ILocator plot) => plot.Locator("svg.main-svg").First.EvaluateAsync<double>("s => s.getBoundingClientRect().width");

    [Fact]
    public Task The_theme_toggle_switches_the_page_and_the_charts_and_is_remembered() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.Http + Vectors);
        Assert.Equal("light", await page.Locator("html").GetAttributeAsync("data-theme"));
        var plot = page.Locator(".chart-plot").First;
        await plot.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(plot).ToHaveAttributeAsync("data-chart-state", "done");
        var lightText = await ChartTextColor(plot);
        var lightBackground = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

        await page.Locator(".theme-toggle").ClickAsync();
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal("true", await page.Locator(".theme-toggle").GetAttributeAsync("aria-pressed"));
        Assert.NotEqual(lightBackground, await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        await page.WaitForFunctionAsync("c => getComputedStyle(document.querySelector('.chart-plot .xtick text')).fill !== c", lightText);

        await page.ReloadAsync();
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Empty(problems.All);
    });

    /// <summary>The fill of the chart's tick labels, as Plotly drew them.</summary>
    private static Task<string> ChartTextColor(ILocator plot) =>
        plot.Locator(".xtick text").First.EvaluateAsync<string>("t => getComputedStyle(t).fill");

    [Fact]
    public Task Without_a_choice_the_theme_follows_the_system() => site.RunAsync(async (page, _) =>
    {
        await page.GotoAsync(site.Http + Vectors);
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal("rgb(15, 18, 23)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
    }, colorScheme: "dark");

    [Fact]
    public Task Solutions_expand_and_collapse() => site.RunAsync(async (page, _) =>
    {
        await page.GotoAsync(site.Http + Vectors);
        var solution = page.Locator("details.solution:has(summary:text-is('Solution'))").First;
        var answer = solution.Locator("p", new() { HasText = "The norm is" });
        await Assertions.Expect(answer).ToBeHiddenAsync();
        await solution.Locator("summary").ClickAsync();
        await Assertions.Expect(answer).ToBeVisibleAsync();
        await solution.Locator("summary").ClickAsync();
        await Assertions.Expect(answer).ToBeHiddenAsync();
    });

    [Fact]
    public Task Outputs_sit_in_their_cell_and_code_has_a_copy_button() => site.RunAsync(async (page, _) =>
    {
        await page.GotoAsync(site.Http + Vectors);
        var cell = page.Locator(".cell").First;
        Assert.Contains("norm = 5", await cell.Locator(".cell-outputs").InnerTextAsync());
        Assert.True(await cell.Locator(".copy-button").CountAsync() == 1);
        var plain = page.Locator(".code-block", new() { HasText = "a plain code block" });
        await plain.HoverAsync();
        await Assertions.Expect(plain.Locator(".copy-button")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Callouts_are_styled_by_kind() => site.RunAsync(async (page, _) =>
    {
        await page.GotoAsync(site.Http + Vectors);
        var definition = await page.Locator(".callout-definition").EvaluateAsync<string>("e => getComputedStyle(e).borderLeftColor");
        var exercise = await page.Locator(".callout-exercise").First.EvaluateAsync<string>("e => getComputedStyle(e).borderLeftColor");
        Assert.NotEqual(definition, exercise);
    });

    [Fact]
    public Task The_table_of_contents_follows_the_reader_and_headings_link_to_themselves() => site.RunAsync(async (page, _) =>
    {
        await page.GotoAsync(site.Http + Vectors);
        await page.Locator("#exercises").ScrollIntoViewIfNeededAsync();
        await page.Mouse.WheelAsync(0, 200);
        await Assertions.Expect(page.Locator(".toc a.active")).ToHaveAttributeAsync("href", "#exercises");
        await page.EvaluateAsync("window.scrollTo({ top: 0, behavior: 'instant' })"); // a jump, as the Home key makes
        await Assertions.Expect(page.Locator(".toc a.active")).ToHaveCountAsync(0); // above the first section
        await page.Locator("#arrows").ScrollIntoViewIfNeededAsync();
        await page.Mouse.WheelAsync(0, 200);
        await Assertions.Expect(page.Locator(".toc a.active")).ToHaveAttributeAsync("href", "#arrows");
        Assert.Equal("#arrows", await page.Locator("#arrows a.anchor").GetAttributeAsync("href"));
        Assert.Equal("https://example.org/git/fixture/edit/main/input/01_Vectors.md", await page.Locator(".edit-link a").GetAttributeAsync("href"));
    }, width: 1400, height: 800);

    [Fact]
    public Task On_a_phone_a_chart_legend_leaves_the_plot_and_the_axis_title_clear() => site.RunAsync(async (page, problems) =>
    {
        Assert.Empty(await LegendClashesAsync(page, "02-eigenvalues.html"));
        Assert.Empty(problems.All);
    }, width: 390, height: 844);

    [Fact]
    public Task On_a_desktop_a_legend_moves_off_a_colour_bar() => site.RunAsync(async (page, problems) =>
    {
        // Plotly puts the legend of a contour with paths over it right on top of the colour bar's labels.
        Assert.Empty(await LegendClashesAsync(page, "03-probability.html"));
        Assert.Empty(problems.All);
    }, width: 1400, height: 900);

    /// <summary>What the first chart's legend overlaps on a page: axis titles, plot area, colour bar, the figure's right edge.</summary>
    private async Task<string[]> LegendClashesAsync(IPage page, string lessonPage)
    {
        await page.GotoAsync(site.Http + lessonPage);
        var chart = page.Locator(".chart-plot").First;
        await chart.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-chart-state", "done");
        return await chart.EvaluateAsync<string[]>("""
            el => {
              const box = s => el.querySelector(s)?.getBoundingClientRect();
              const meet = (a, b) => !!b && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
              const legend = box('.legend'), figure = el.getBoundingClientRect();
              const clashes = [];
              if (meet(legend, box('.g-xtitle'))) clashes.push('x-axis title');
              if (meet(legend, box('.g-ytitle'))) clashes.push('y-axis title');
              if (meet(legend, box('.draglayer .nsewdrag'))) clashes.push('plot area');
              if (meet(legend, box('.colorbar'))) clashes.push('colour bar');
              if (legend.right > figure.right + 1) clashes.push('right edge');
              return clashes;
            }
            """);
    }

    [Fact]
    public Task Every_chart_has_a_collapsed_data_table() => site.RunAsync(async (page, _) =>
    {
        await page.GotoAsync(site.Http + Vectors);
        var data = page.Locator("figure.chart details.chart-data");
        Assert.False(await data.EvaluateAsync<bool>("d => d.open"));
        // Raw text until it opens: no table built with the page.
        Assert.Equal(0, await data.Locator("table").CountAsync());
        Assert.Equal(1, await data.Locator("noscript.chart-table").CountAsync());
        await data.Locator("summary").ClickAsync();
        // The table is built on the section's toggle event, a task after the click.
        await Assertions.Expect(data.Locator("tbody tr")).ToHaveCountAsync(4);
        var rows = await data.Locator("tbody tr").AllInnerTextsAsync();
        Assert.Equal(["0\t0", "1\t1", "2\t4", "3\t9"], rows);
        Assert.Contains("Squares", await page.Locator(".chart-plot").GetAttributeAsync("aria-label"));
    });

    [Fact]
    public Task Without_JavaScript_a_chart_data_table_is_read_as_markup_and_opens_with_its_section() => site.RunAsync(async (page, _) =>
    {
        await page.GotoAsync(site.Http + Vectors);
        var data = page.Locator("figure.chart details.chart-data").First;
        await data.Locator("summary").ClickAsync();
        Assert.Equal(["0\t0", "1\t1", "2\t4", "3\t9"], await data.Locator("tbody tr").AllInnerTextsAsync());
    }, javaScript: false);

    [Fact]
    public Task A_chart_data_table_built_on_opening_that_scrolls_sideways_is_reachable_by_keyboard() => site.RunAsync(async (page, problems) =>
    {
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync(site.Http + Vectors);
        await page.WaitForFunctionAsync("window.MathForML && typeof window.MathForML.watchScrollable === 'function'");
        // A chart's data section as the build writes it, with a table far wider than a phone.
        await page.EvaluateAsync("""
            () => {
              const cells = Array.from({ length: 40 }, (_, i) => `<td>${1000000 + i}</td>`).join('');
              const details = document.createElement('details');
              details.className = 'chart-data';
              details.id = 'wide-data';
              details.innerHTML = '<summary>Chart data</summary><noscript class="chart-table"></noscript>';
              details.querySelector('noscript').textContent = `<table><thead><tr><th>x</th></tr></thead><tbody><tr>${cells}</tr></tbody></table>`;
              document.querySelector('.content-body').prepend(details);
            }
            """);
        await page.Locator("#wide-data summary").ClickAsync();
        var table = page.Locator("#wide-data table");
        await Assertions.Expect(table).ToHaveAttributeAsync("tabindex", "0");
        await Assertions.Expect(table).ToHaveAttributeAsync("data-scrollable", ""); // measured: it does scroll
        Assert.Empty(problems.All);
    });
}
