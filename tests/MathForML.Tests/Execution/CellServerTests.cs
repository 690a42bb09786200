using System.Globalization;
using MathForML.Cells.Outputs;
using MathForML.Execution.Contract;
using MathForML.Execution.Workers;
using MathForML.Generator.CellExecution;
using MathForML.Generator.Model;

namespace MathForML.Tests.Execution;

/// <summary>
/// Cell servers: workers that outlive a build. Each test has its own socket folder (short, for
/// Unix sockets' path limit) and stops every server it started.
/// </summary>
public sealed class CellServerTests : IDisposable
{
    private readonly string _directory = Path.Combine("/tmp", "mfm-cs-" + Guid.NewGuid().ToString("N")[..8]);

    private CellServerOptions Servers(TimeSpan? idle = null) => new(_directory, idle ?? TimeSpan.FromMinutes(2));

    private WorkerPool Pool(CellServerOptions? servers = null, WorkerOptions? options = null) => new(options ?? WorkerOptions.Default, 1, servers ?? Servers());

    private static Task<LessonExecution> Execute(WorkerPool pool, string body) =>
        pool.ExecuteAsync(Markdown.MarkdownSpecTests.Document("01_Test", "Test", 1, body).ToRequest(), CancellationToken.None);

    private static async Task<int> Pid(WorkerPool pool)
    {
        var run = await Execute(pool, Run.Cell("run", "Environment.ProcessId"));
        Assert.Empty(run.Diagnostics);
        return int.Parse(Assert.IsType<ValueOutput>(Assert.Single(run.Results[0].Outputs)).Text, CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_next_build_finds_the_server_warm_and_reuses_it()
    {
        int first, second;
        await using (var build = Pool())
        {
            first = await Pid(build);
            Assert.Equal((1, 0), (build.Servers, build.ServersReused));
        }
        await using (var build = Pool())
        {
            second = await Pid(build);
            Assert.Equal((1, 1), (build.Servers, build.ServersReused));
        }
        Assert.Equal(first, second);
        Assert.NotEqual(Environment.ProcessId, first);
    }

    [Fact]
    public async Task Sessions_start_in_a_fresh_folder_with_no_inherited_secrets()
    {
        Environment.SetEnvironmentVariable("MATHFORML_TEST_SECRET_TOKEN", "do-not-leak");
        const string probe = """
            Console.WriteLine(Environment.GetEnvironmentVariable("MATHFORML_TEST_SECRET_TOKEN") ?? "no secret");
            Console.WriteLine(File.Exists("left-behind.txt") ? "dirty" : "fresh");
            File.WriteAllText("left-behind.txt", "x");
            """;
        for (var build = 0; build < 2; build++)
        {
            await using var pool = Pool();
            var run = await Execute(pool, Run.Cell("run", "using System.IO;\n" + probe));
            Assert.Empty(run.Diagnostics);
            Assert.Equal<CellOutput>([new TextOutput("no secret\nfresh\n")], run.Results[0].Outputs);
        }
    }

    [Fact]
    public async Task A_server_killed_by_a_time_limit_is_replaced_by_the_next_build()
    {
        int before;
        await using (var build = Pool())
        {
            before = await Pid(build);
            var looping = await Execute(build, Run.Cell("run timeout=1", "while (true) { }"));
            Assert.Equal(DiagnosticCodes.CellTimedOut, Assert.Single(looping.Diagnostics).Code);
        }
        await using (var build = Pool())
        {
            Assert.NotEqual(before, await Pid(build));
            Assert.Equal(0, build.ServersReused);
        }
    }

    [Theory]
    [InlineData("Environment.Exit(3);", "Environment.Exit(3)")]
    [InlineData("int Down(int n) => Down(n + 1) + 1; Down(0);", "overflowed the stack")]
    public async Task A_cell_that_ends_a_server_is_reported_by_cause(string code, string cause)
    {
        await using var build = Pool();
        var run = await Execute(build, Run.Cell("run", "1 + 1") + Run.Cell("run", code));
        var problem = Assert.Single(run.Diagnostics);
        Assert.Equal(DiagnosticCodes.CellCrashed, problem.Code);
        Assert.Contains(cause, problem.Message);
        Assert.Single(run.Results); // the first cell's output survives
        Assert.Equal<CellOutput>([new ValueOutput("int", "6")], (await Execute(build, Run.Cell("run", "2 * 3"))).Results[0].Outputs);
    }

    [Fact]
    public async Task A_server_that_ran_out_of_memory_is_not_kept_for_the_next_build()
    {
        var small = WorkerOptions.Default with { MemoryLimitBytes = 256L * 1024 * 1024 };
        string hoarder;
        await using (var build = Pool(options: small))
        {
            var run = await Execute(build, Run.Cell("run", "Environment.ProcessId") + Run.Cell("run", "var hoard = new List<double[]>(); while (true) hoard.Add(new double[1_000_000]);"));
            Assert.Contains("OutOfMemoryException", Assert.Single(run.Diagnostics).Message);
            hoarder = Assert.IsType<ValueOutput>(run.Results[0].Outputs[0]).Text;
        }
        await using (var build = Pool(options: small))
        {
            Assert.NotEqual(hoarder, (await Pid(build)).ToString(CultureInfo.InvariantCulture));
            Assert.Equal(0, build.ServersReused);
        }
    }

    [Fact]
    public async Task A_build_that_finds_the_server_busy_with_another_uses_another_slot()
    {
        await using var first = Pool();
        await using var second = Pool();
        var firstPid = await Pid(first); // first keeps its connection (and so the server) until disposed
        var secondPid = await Pid(second);
        Assert.NotEqual(firstPid, secondPid);
        Assert.Equal(1, second.Servers);
    }

    [Fact]
    public async Task An_idle_server_exits_and_removes_its_socket()
    {
        int pid;
        await using (var build = Pool(Servers(TimeSpan.FromSeconds(1))))
            pid = await Pid(build);
        var gone = await Eventually(() => !IsRunning(pid) && !Directory.EnumerateFiles(_directory, "*.sock").Any(), TimeSpan.FromSeconds(60));
        Assert.True(gone, "the idle server is still running or left its socket");
    }

    [Fact]
    public async Task A_socket_left_by_a_killed_server_is_replaced()
    {
        int killed;
        await using (var build = Pool())
            killed = await Pid(build);
        using (var server = System.Diagnostics.Process.GetProcessById(killed))
        {
            server.Kill(); // SIGKILL: no chance to remove its socket
            server.WaitForExit(5000);
        }
        Assert.NotEmpty(Directory.EnumerateFiles(_directory, "*.sock"));
        await using var next = Pool();
        Assert.NotEqual(killed, await Pid(next));
        Assert.Equal((1, 0), (next.Servers, next.ServersReused));
    }

    [Fact]
    public async Task A_server_left_by_its_build_in_the_middle_of_a_lesson_exits_instead_of_running_it_for_nobody()
    {
        var build = Pool();
        var pid = await Pid(build);
        var looping = Execute(build, Run.Cell("run timeout=600", "while (true) { }"));
        await Task.Delay(1000); // the loop is running; the build goes away (Ctrl+C) without killing it
        await build.DisposeAsync();
        Assert.True(await Eventually(() => !IsRunning(pid), TimeSpan.FromSeconds(30)), "the server still runs the loop for a build that left");
        try
        {
            await looping;
        }
        catch (ObjectDisposedException)
        {
            // The pool was disposed under it, as a stopped build's is.
        }
    }

    [Fact]
    public async Task Where_no_server_can_be_started_a_child_worker_runs_the_lesson()
    {
        var file = Path.Combine(Path.GetTempPath(), "mfm-not-a-folder-" + Guid.NewGuid().ToString("N")[..8]);
        File.WriteAllText(file, "a file where the servers' folder should be");
        try
        {
            await using var build = Pool(new CellServerOptions(Path.Combine(file, "servers"), TimeSpan.FromMinutes(1)));
            Assert.NotEqual(Environment.ProcessId, await Pid(build));
            Assert.Equal(0, build.Servers);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(false, null, null, true)]
    [InlineData(true, null, null, false)]
    [InlineData(false, "true", null, false)]
    [InlineData(false, "1", null, false)]
    [InlineData(false, "false", null, true)]
    [InlineData(false, null, "1", false)]
    public void Builds_keep_servers_unless_told_not_to_or_in_CI(bool noServer, string? ci, string? optOut, bool expected)
    {
        var environment = new Dictionary<string, string?> { ["CI"] = ci, ["MATHFORML_NO_SERVER"] = optOut };
        Assert.Equal(expected, CellServerPolicy.Enabled(noServer, name => environment.GetValueOrDefault(name)));
    }

    private static bool IsRunning(int pid) => Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);

    private static async Task<bool> Eventually(Func<bool> condition, TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit) return false;
            await Task.Delay(50);
        }
        return true;
    }

    public void Dispose()
    {
        // Stop every server this test started: their sockets are in its folder.
        CellServerProcesses.StopAll(_directory);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
