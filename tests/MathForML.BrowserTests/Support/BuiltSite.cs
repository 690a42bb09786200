using System.Runtime.CompilerServices;
using MathForML.Generator.Browser;
using MathForML.Generator.Commands;
using MathForML.Generator.Model;
using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;
using Microsoft.Playwright;

namespace MathForML.BrowserTests.Support;

/// <summary>
/// The fixture course built once with the real pipeline, served over loopback http and on disk
/// (<c>file://</c>), and one Chromium (Debian's, never a downloaded one) for the tests to open pages in.
/// </summary>
public sealed class BuiltSite : IAsyncLifetime
{
    /// <summary>Debian's chromium; MATHFORML_CHROMIUM points elsewhere when it lives somewhere else.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("MATHFORML_CHROMIUM") ?? "/usr/bin/chromium";

    public static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "mathforml-browser-tests", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private StaticSite? _server;

    public IBrowser Browser { get; private set; } = null!;

    public string Output => Path.Combine(_root, "output");

    /// <summary>The http root, ending with a slash.</summary>
    public string Http => _server!.Url;

    /// <summary>A page of the site on disk, as a file:// URL.</summary>
    public string File(string page) => new Uri(Path.Combine(Output, page)).AbsoluteUri;

    public async Task InitializeAsync()
    {
        var input = Path.Combine(_root, "input");
        Directory.CreateDirectory(input);
        foreach (var (name, markdown) in FixtureLessons.Files)
            await System.IO.File.WriteAllTextAsync(Path.Combine(input, name), markdown.ReplaceLineEndings("\n"));
        await System.IO.File.WriteAllTextAsync(Path.Combine(_root, CourseSettings.FileName), "title: Fixture Course\nrepository: https://example.org/git/fixture\n");

        if (!System.IO.File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: install Debian's package (apt-get install -y chromium).");
        // Two cores parse plotly.js (1.5 MB, or 4.8 MB with 3-D) while other tests build: waits are generous, never asserted on.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Args = ChromiumArgs, Headless = true });

        // The build draws the chart images and prints the PDF with the tests' own browser: one chromium.
        var settings = CourseSettingsLoader.Load(_root);
        await using var buildBrowser = new ChromiumBrowser(ToolPaths.Locate(_root), Browser);
        var result = await SiteBuilder.BuildAsync(settings, new BuildOptions { AcceptSnapshots = true, PrintPdf = true }, BuildLog, browser: buildBrowser);
        if (!result.Succeeded)
            throw new InvalidOperationException("The fixture course did not build:\n" + string.Join("\n", result.Course.Diagnostics));
        Build = result;

        _server = await StaticSite.StartAsync(Output);
    }

    /// <summary>What the build said (chart images drawn, PDF printed…).</summary>
    public ListBuildLog BuildLog { get; } = new();

    /// <summary>The fixture course as built.</summary>
    public BuildResult Build { get; private set; } = null!;

    /// <summary>
    /// Runs one test in a fresh browser context (its own storage) at the given viewport. When the test
    /// fails, a screenshot of the page goes to <c>TestResults/screenshots/NAME.png</c> at the repository
    /// root, and its path is added to the failure message for the CI log.
    /// </summary>
    public async Task RunAsync(Func<IPage, PageProblems, Task> test, int width = 1280, int height = 800, string? colorScheme = null,
        bool javaScript = true, [CallerMemberName] string name = "")
    {
        await using var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = colorScheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        var problems = PageProblems.Watch(page);
        try
        {
            await test(page, problems);
        }
        catch (Exception e)
        {
            var shot = Path.Combine(ScreenshotFolder, name + ".png");
            try
            {
                Directory.CreateDirectory(ScreenshotFolder);
                await page.ScreenshotAsync(new() { Path = shot, FullPage = false });
            }
            catch (PlaywrightException)
            {
                shot = "(no screenshot: the page was gone)";
            }
            throw new BrowserTestFailure($"{e.Message}\nScreenshot: {shot}\nPage: {page.Url}", e);
        }
    }

    private static string ScreenshotFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "MathForML.sln"))) return Path.Combine(dir.FullName, "TestResults", "screenshots");
            return Path.Combine(AppContext.BaseDirectory, "screenshots");
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

/// <summary>A failed browser test, with where its screenshot is.</summary>
public sealed class BrowserTestFailure(string message, Exception inner) : Exception(message, inner);

/// <summary>Every browser test class shares one build of the fixture site and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "Built site";
}
