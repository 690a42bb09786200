using System.IO.Compression;
using MathForML.BrowserTests.Support;
using Microsoft.Playwright;

namespace MathForML.BrowserTests;

/// <summary>
/// The offline download as a reader uses it: downloads/math-for-ml.zip unzipped into a folder of its
/// own, index.html opened from disk, and nothing allowed to leave the machine.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class OfflineEditionTests(BuiltSite site) : IDisposable
{
    private readonly UnzippedOfflineEdition _offline = new(site);

    private string Unzipped(string page) => _offline.Url(page);

    [Fact]
    public Task The_unzipped_site_works_from_disk_with_no_request_leaving_it() => site.RunAsync(async (page, problems) =>
    {
        var outside = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal)) await route.ContinueAsync();
            else { lock (outside) outside.Add(route.Request.Url); await route.AbortAsync(); }
        });

        // Home page: the course, and downloads that are in the folder (never the zip itself).
        await page.GotoAsync(Unzipped("index.html"));
        Assert.True(await page.Locator(".lesson-card").CountAsync() >= 3);
        var downloads = await page.Locator(".home-downloads a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.DoesNotContain(downloads, href => href.EndsWith(".zip", StringComparison.Ordinal));
        Assert.All(downloads, href => Assert.True(File.Exists(Path.Combine(_offline.Folder, href)), href));

        // Search, then follow the best result to its section.
        await page.Locator("#search-input").FillAsync("eigen");
        await Assertions.Expect(page.Locator("#search-results .search-result").First).ToBeVisibleAsync();
        await page.Locator("#search-input").PressAsync("ArrowDown");
        await page.Locator("#search-input").PressAsync("Enter");
        await page.ArriveAtAsync("**/math-for-ml/02-eigenvalues.html#eigenvalues-and-eigenvectors");
        Assert.True(await page.Locator("math").CountAsync() > 0);

        // A link to another lesson (its prerequisite), then a chart drawn from the local plotly.js.
        await page.Locator(".prerequisites a").First.ClickAsync();
        await page.ArriveAtAsync("**/math-for-ml/01-vectors.html");
        Assert.True(await page.Locator(".math-display math").CountAsync() > 0);
        var plot = page.Locator(".chart-plot[data-figure]").First;
        await plot.EvaluateAsync("e => e.scrollIntoView({ block: 'center' })");
        await Assertions.Expect(plot).ToHaveAttributeAsync("data-chart-state", "done");
        Assert.True(await plot.Locator("svg.main-svg").CountAsync() > 0);

        Assert.Empty(outside);
        Assert.Empty(problems.All);
    });

    [Fact]
    public void The_zip_holds_one_folder_with_a_readme_and_no_pdf()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(site.Output, "downloads", "math-for-ml.zip"));
        Assert.All(zip.Entries, e => Assert.StartsWith("math-for-ml/", e.FullName, StringComparison.Ordinal));
        Assert.NotNull(zip.GetEntry("math-for-ml/README.txt"));
        Assert.NotNull(zip.GetEntry("math-for-ml/print.html"));
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("math-for-ml/charts/", StringComparison.Ordinal) && e.FullName.EndsWith(".svg", StringComparison.Ordinal));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".pdf", StringComparison.Ordinal) || e.FullName.EndsWith("math-for-ml.zip", StringComparison.Ordinal));
        Assert.Contains(zip.Entries, e => e.FullName == "math-for-ml/downloads/lessons/01-vectors.zip");
    }

    public void Dispose() => _offline.Dispose();
}
