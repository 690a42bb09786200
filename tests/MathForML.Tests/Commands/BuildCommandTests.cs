using MathForML.Execution.Workers;
using MathForML.Tests.Support;

namespace MathForML.Tests.Commands;

/// <summary><c>build</c> as a contributor runs it, twice in a row: the second finds its cell server warm.</summary>
public sealed class BuildCommandTests : IDisposable
{
    // Cell servers go under TMPDIR; a short one keeps their socket paths within Unix's limit.
    private readonly string _temp = Path.Combine("/tmp", "mfm-t-" + Guid.NewGuid().ToString("N")[..8]);

    private Dictionary<string, string?> Environment(params (string Name, string? Value)[] extra)
    {
        var environment = new Dictionary<string, string?> { ["TMPDIR"] = _temp };
        foreach (var (name, value) in extra) environment[name] = value;
        return environment;
    }

    [Fact]
    public async Task A_build_leaves_a_warm_cell_server_for_the_next_without_holding_its_output_open_and_shutdown_stops_it()
    {
        Directory.CreateDirectory(_temp);
        using var course = new FixtureCourse().WithLesson("01_A", 1, "# A\n\n```csharp run\n6 * 7\n```\n");
        var lesson = Path.Combine(course.Root, "input", "01_A.md");

        // Reading a build's output to its end must not wait for the server it leaves running.
        var first = await CliProcess.RunAsync(["build", "--root", course.Root], Environment()).WaitAsync(TimeSpan.FromMinutes(4));
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("by 1 cell server(s), 0 already warm", first.Output);

        File.WriteAllText(lesson, File.ReadAllText(lesson).Replace("6 * 7", "6 * 8"));
        var second = await CliProcess.RunAsync(["build", "--root", course.Root], Environment()).WaitAsync(TimeSpan.FromMinutes(4));
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("by 1 cell server(s), 1 already warm", second.Output);
        Assert.Contains("48", File.ReadAllText(Path.Combine(course.Output, "01-a.html")));

        var factor = 8;
        foreach (var (arguments, environment) in new (string[], Dictionary<string, string?>)[]
                 {
                     (["build", "--root", course.Root, "--no-server"], Environment()),
                     (["build", "--root", course.Root], Environment(("CI", "true"))),
                 })
        {
            File.WriteAllText(lesson, File.ReadAllText(lesson).Replace($"6 * {factor}", $"6 * {++factor}"));
            var run = await CliProcess.RunAsync(arguments, environment).WaitAsync(TimeSpan.FromMinutes(4));
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("Executed in", run.Output);
            Assert.DoesNotContain("cell server", run.Output);
        }

        // shutdown stops the server the first builds left; a second finds none.
        var shutdown = await CliProcess.RunAsync(["shutdown"], Environment());
        Assert.True(shutdown.ExitCode == 0, shutdown.ToString());
        Assert.Contains("Stopped 1 cell server(s).", shutdown.Output);
        Assert.Contains("No cell server was running.", (await CliProcess.RunAsync(["shutdown"], Environment())).Output);
    }

    public void Dispose()
    {
        // Stop every server this test started: their sockets are in its folder.
        CellServerProcesses.StopAll(_temp);
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
