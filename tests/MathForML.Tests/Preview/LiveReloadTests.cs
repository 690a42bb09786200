using MathForML.Generator.Model;
using MathForML.Tests.Support;

namespace MathForML.Tests.Preview;

/// <summary>Edits while the preview runs: reloads, error overlays and their clearing, over the real event stream.</summary>
public sealed class LiveReloadTests : IAsyncLifetime
{
    private const string Body = "# A\n\nThe first paragraph.\n\n```csharp run\nvar x = 20;\n```\n\n```csharp run\nConsole.WriteLine(x + 1);\n```\n";
    private readonly FixtureCourse _course = new FixtureCourse().WithLesson("01_A", 1, Body).WithLesson("02_B", 2, "# B\n\nOther.\n");
    private MathForML.Preview.PreviewHost _host = null!;
    private readonly RecordingReporter _reporter = new();
    private readonly Execution.CountingExecutor _executor = new(new MathForML.Execution.Sessions.ScriptCellExecutor());

    public async Task InitializeAsync() => _host = await Previews.StartAsync(_course, _reporter, _executor);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _course.Dispose();
    }

    private async Task<string> Page(string path)
    {
        using var http = new HttpClient { BaseAddress = _host.Url };
        return await http.GetStringAsync(path);
    }

    [Fact]
    public async Task A_prose_edit_reloads_the_page_and_executes_nothing()
    {
        await using var events = await Previews.ConnectAsync(_host);
        Assert.Equal(["01_A"], _executor.Executed); // the first build ran the lesson's cells
        _executor.Reset();
        _course.WithLesson("01_A", 1, Body.Replace("The first paragraph.", "The first paragraph, edited."));

        var reload = await events.NextAsync(e => e.Name == "reload");
        var changed = reload.Data.GetProperty("changed").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("01-a.html", changed);
        Assert.Contains("The first paragraph, edited.", await Page("/01-a.html"));
        Assert.Contains("The first paragraph, edited.", _course.ReadOutput("01-a.html"));

        var rebuild = _reporter.Rebuilds[^1];
        Assert.Equal(MathForML.Preview.BuildState.Succeeded, rebuild.State);
        Assert.Contains(rebuild.Trigger, c => c.Path.EndsWith("01_A.md", StringComparison.Ordinal));
        Assert.Empty(_executor.Executed);
    }

    [Fact]
    public async Task A_cell_edit_shows_its_new_output()
    {
        await using var events = await Previews.ConnectAsync(_host);
        _course.WithLesson("01_A", 1, Body.Replace("x + 1", "x * 2"));
        await events.NextAsync(e => e.Name == "reload");
        var html = await Page("/01-a.html");
        Assert.Contains("40", html);
        Assert.DoesNotContain(">21", html);
    }

    [Fact]
    public async Task A_compile_error_is_sent_with_file_line_and_code_and_cleared_when_fixed()
    {
        await using var events = await Previews.ConnectAsync(_host);
        var before = await Page("/01-a.html");
        _course.WithLesson("01_A", 1, Body.Replace("Console.WriteLine(x + 1);", "Console.WriteLine(y + 1);"));

        var failed = await events.StatusAsync("failed");
        var error = failed.Data.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("input/01_A.md", error.GetProperty("file").GetString());
        Assert.Equal(17, error.GetProperty("line").GetInt32());
        Assert.Equal(19, error.GetProperty("column").GetInt32());
        Assert.Equal("CS0103", error.GetProperty("code").GetString());
        Assert.Contains("'y'", error.GetProperty("message").GetString());
        Assert.Equal("input/01_A.md(17,19): error CS0103: The name 'y' does not exist in the current context", error.GetProperty("text").GetString());

        // The last good site stays up while the build is broken.
        Assert.Equal(before, await Page("/01-a.html"));

        // A page opened now hears about the error first thing.
        await using (var late = await EventStream.OpenAsync(_host.Url))
            Assert.Equal("failed", (await late.NextAsync(e => e.Name == "status")).Data.GetProperty("state").GetString());

        _course.WithLesson("01_A", 1, Body);
        var fixedStatus = await events.StatusAsync("succeeded");
        Assert.Empty(fixedStatus.Data.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task A_broken_link_is_an_overlay_error_too()
    {
        await using var events = await Previews.ConnectAsync(_host);
        _course.WithLesson("02_B", 2, "# B\n\nSee [nothing](09_Nothing.md).\n");
        var failed = await events.StatusAsync("failed");
        var error = failed.Data.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(DiagnosticCodes.MissingLinkTarget, error.GetProperty("code").GetString());
        Assert.Equal(10, error.GetProperty("line").GetInt32());
        Assert.Equal("input/02_B.md", error.GetProperty("file").GetString());
    }

    [Fact]
    public async Task Adding_a_lesson_adds_its_page()
    {
        await using var events = await Previews.ConnectAsync(_host);
        _course.WithLesson("03_C", 3, "# C\n\nNew lesson.\n");
        var reload = await events.NextAsync(e => e.Name == "reload" && e.Data.GetProperty("changed").EnumerateArray().Any(c => c.GetString() == "03-c.html"));
        Assert.Contains("index.html", reload.Data.GetProperty("changed").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("New lesson.", await Page("/03-c.html"));
    }
}
