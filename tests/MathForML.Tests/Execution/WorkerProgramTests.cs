using MathForML.Execution.Workers;
using MathForML.Generator.CellExecution;
using MathForML.Generator.LessonProjects;

namespace MathForML.Tests.Execution;

/// <summary>A worker asked for the lesson's console program converts the cells it has just run, as the build would.</summary>
public sealed class WorkerProgramTests : IAsyncLifetime
{
    private readonly WorkerPool _pool = new(WorkerOptions.Default, 1);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _pool.DisposeAsync();

    private static readonly string Body =
        Run.Cell("run hide", "var size = 3;")
        + Run.Cell("run", "int Twice(int x) => 2 * x;\nTwice(size)")
        + Run.Cell("run throws", "throw new InvalidOperationException(\"on purpose\");")
        + Run.Cell("run", "var size = 4;\nConsole.WriteLine(Twice(size));");

    [Fact]
    public async Task The_program_a_worker_converts_is_the_one_the_build_would_write()
    {
        var lesson = Markdown.MarkdownSpecTests.Document("01_Test", "Test", 1, Body);
        var run = await _pool.ExecuteAsync(lesson.ToRequest(withProgram: true), CancellationToken.None);

        Assert.Empty(run.Diagnostics);
        Assert.Equal(4, run.Results.Count);
        var expected = LessonProjectMaker.Convert(lesson, CancellationToken.None);
        Assert.NotNull(expected.Template);
        Assert.Equal(expected, run.Program);
        // The hidden setup cell is said to be one, as only the Markdown knows.
        Assert.Contains("a setup cell", run.Program!.Template, StringComparison.Ordinal);
        Assert.True(run.ProgramTime > TimeSpan.Zero);
    }

    [Fact]
    public async Task No_program_unless_asked_or_when_a_cell_failed()
    {
        var lesson = Markdown.MarkdownSpecTests.Document("01_Test", "Test", 1, Body);
        Assert.Null((await _pool.ExecuteAsync(lesson.ToRequest(withProgram: false), CancellationToken.None)).Program);

        var failing = Markdown.MarkdownSpecTests.Document("01_Test", "Test", 1, Body + Run.Cell("run", "undefinedName"));
        var run = await _pool.ExecuteAsync(failing.ToRequest(withProgram: true), CancellationToken.None);
        Assert.NotEmpty(run.Diagnostics);
        Assert.Null(run.Program);
        Assert.Equal(TimeSpan.Zero, run.ProgramTime);
    }
}
