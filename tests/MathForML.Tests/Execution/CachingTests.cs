using MathForML.Cells.Outputs;
using MathForML.Execution.Sessions;
using MathForML.Generator.Commands;
using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;
using MathForML.Tests.Support;

namespace MathForML.Tests.Execution;

public class CachingTests
{
    private static readonly string Lesson = """
        Some prose.

        ```csharp run
        var x = 2;
        ```

        ```csharp run
        Console.WriteLine(x * 21);
        ```
        """;

    private static async Task<(BuildResult Result, CountingExecutor Counter)> Build(FixtureCourse course, CountingExecutor counter, bool useCache = true)
    {
        counter.Reset();
        var result = await SiteBuilder.BuildAsync(course.Settings, new BuildOptions { CompareSnapshots = false, UseCache = useCache },
            new ListBuildLog(), executor: counter);
        Assert.True(result.Succeeded, string.Join("\n", result.Course.Diagnostics));
        return (result, counter);
    }

    [Fact]
    public async Task Prose_edits_execute_nothing_and_outputs_come_from_the_cache()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, Lesson).WithLesson("02_B", 2, Lesson);
        var counter = new CountingExecutor(new ScriptCellExecutor());
        await Build(course, counter);
        Assert.Equal(["01_A", "02_B"], counter.Executed.Order());

        course.WithLesson("01_A", 1, "New opening paragraph.\n\n" + Lesson.Replace("Some prose.", "Other prose."));
        var (result, _) = await Build(course, counter);
        Assert.Empty(counter.Executed);
        var lesson = result.Course.Lessons.Single(l => l.Name == "01_A");
        Assert.All(lesson.Results.Values, r => Assert.True(r.FromCache));
        Assert.Equal<CellOutput>([new TextOutput("42\n")], lesson.Results[1].Outputs);
        Assert.Contains("New opening paragraph.", course.ReadOutput("01-a.html"));
    }

    [Fact]
    public async Task Editing_a_cell_re_executes_only_its_lesson()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, Lesson).WithLesson("02_B", 2, Lesson);
        var counter = new CountingExecutor(new ScriptCellExecutor());
        await Build(course, counter);

        course.WithLesson("02_B", 2, Lesson.Replace("x * 21", "x * 50"));
        var (result, _) = await Build(course, counter);
        Assert.Equal(["02_B"], counter.Executed);
        Assert.Equal<CellOutput>([new TextOutput("100\n")], result.Course.Lessons.Single(l => l.Name == "02_B").Results[1].Outputs);
    }

    [Fact]
    public async Task Editing_an_earlier_cell_invalidates_the_later_ones()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, Lesson);
        var counter = new CountingExecutor(new ScriptCellExecutor());
        await Build(course, counter);
        course.WithLesson("01_A", 1, Lesson.Replace("var x = 2;", "var x = 3;"));
        var (result, _) = await Build(course, counter);
        Assert.Equal(["01_A"], counter.Executed);
        Assert.Equal<CellOutput>([new TextOutput("63\n")], result.Course.Lessons[0].Results[1].Outputs);
    }

    [Fact]
    public async Task No_cache_forces_execution()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, Lesson);
        var counter = new CountingExecutor(new ScriptCellExecutor());
        await Build(course, counter);
        await Build(course, counter, useCache: false);
        Assert.Equal(["01_A"], counter.Executed);
    }

    [Fact]
    public async Task A_failing_lesson_is_not_cached_as_a_success()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "```csharp run\nthrow new Exception(\"boom\");\n```\n");
        var counter = new CountingExecutor(new ScriptCellExecutor());
        for (var i = 0; i < 2; i++)
        {
            counter.Reset();
            var result = await SiteBuilder.BuildAsync(course.Settings, new BuildOptions { CompareSnapshots = false }, new ListBuildLog(), executor: counter);
            Assert.False(result.Succeeded);
            Assert.Equal(["01_A"], counter.Executed);
        }
    }
}
