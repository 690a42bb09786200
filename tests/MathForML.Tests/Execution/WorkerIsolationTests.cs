using MathForML.Cells.Outputs;
using MathForML.Execution.Workers;
using MathForML.Generator.CellExecution;
using MathForML.Generator.Model;

namespace MathForML.Tests.Execution;

public sealed class WorkerIsolationTests : IAsyncLifetime
{
    private readonly WorkerPool _pool = new(WorkerOptions.Default, 1);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _pool.DisposeAsync();

    private async Task<MathForML.Execution.Contract.LessonExecution> Execute(string body)
    {
        var lesson = Markdown.MarkdownSpecTests.Document("01_Test", "Test", 1, body);
        return await _pool.ExecuteAsync(lesson.ToRequest(), CancellationToken.None);
    }

    [Fact]
    public async Task Workers_get_a_clean_environment_and_a_temporary_folder()
    {
        Environment.SetEnvironmentVariable("MATHFORML_TEST_SECRET_TOKEN", "do-not-leak");
        var run = await Execute(Run.Cell("run", """
            Console.WriteLine(Environment.GetEnvironmentVariable("MATHFORML_TEST_SECRET_TOKEN") ?? "no secret");
            Console.WriteLine(Environment.CurrentDirectory.Contains("mathforml-worker-"));
            Console.WriteLine(System.Globalization.CultureInfo.CurrentCulture.Name == "" ? "invariant" : "other");
            """));
        Assert.Empty(run.Diagnostics);
        Assert.Equal<CellOutput>([new TextOutput("no secret\nTrue\ninvariant\n")], run.Results[0].Outputs);
    }

    [Fact]
    public async Task Cells_run_in_another_process()
    {
        var run = await Execute(Run.Cell("run", "Environment.ProcessId"));
        var pid = int.Parse(Assert.IsType<ValueOutput>(Assert.Single(run.Results[0].Outputs)).Text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(Environment.ProcessId, pid);
    }

    [Fact]
    public async Task A_worker_killed_by_a_timeout_is_replaced_for_the_next_lesson()
    {
        var looping = await Execute(Run.Cell("run timeout=1", "while (true) { }"));
        Assert.Equal(DiagnosticCodes.CellTimedOut, Assert.Single(looping.Diagnostics).Code);
        var next = await Execute(Run.Cell("run", "6 * 7"));
        Assert.Empty(next.Diagnostics);
        Assert.Equal<CellOutput>([new ValueOutput("int", "42")], next.Results[0].Outputs);
    }

    [Fact]
    public async Task Cells_share_state_inside_the_worker_and_the_next_lesson_starts_fresh()
    {
        var first = await Execute(Run.Cell("run", "var shared = 5;") + Run.Cell("run", "shared + 1"));
        Assert.Equal<CellOutput>([new ValueOutput("int", "6")], first.Results[1].Outputs);
        var second = await Execute(Run.Cell("run", "shared"));
        Assert.Equal("CS0103", Assert.Single(second.Diagnostics).Code);
    }

    [Fact]
    public async Task A_worker_that_ran_out_of_memory_is_not_trusted_with_the_next_lesson()
    {
        await using var small = new WorkerPool(WorkerOptions.Default with { MemoryLimitBytes = 256L * 1024 * 1024 }, 1);
        Task<MathForML.Execution.Contract.LessonExecution> Run1(string body) =>
            small.ExecuteAsync(Markdown.MarkdownSpecTests.Document("01_Test", "Test", 1, body).ToRequest(), CancellationToken.None);
        string Pid(MathForML.Execution.Contract.LessonExecution run) => Assert.IsType<ValueOutput>(Assert.Single(run.Results[0].Outputs)).Text;

        var hoarding = await Run1(Run.Cell("run", "Environment.ProcessId") + Run.Cell("run", "var hoard = new List<double[]>(); while (true) hoard.Add(new double[1_000_000]);"));
        Assert.Contains("OutOfMemoryException", Assert.Single(hoarding.Diagnostics).Message);

        var next = await Run1(Run.Cell("run", "Environment.ProcessId"));
        var after = await Run1(Run.Cell("run", "Environment.ProcessId"));
        Assert.Empty(next.Diagnostics);
        Assert.NotEqual(Pid(hoarding), Pid(next)); // replaced…
        Assert.Equal(Pid(next), Pid(after));       // …and the healthy replacement is reused as usual
    }
}
