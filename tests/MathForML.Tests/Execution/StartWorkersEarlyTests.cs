using MathForML.Execution.Workers;
using MathForML.Generator.CellExecution;
using MathForML.Generator.Commands;
using MathForML.Generator.Pipeline;
using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;
using MathForML.Tests.Support;

namespace MathForML.Tests.Execution;

public sealed class StartWorkersEarlyTests
{
    private static async Task<int> WorkersStartedEarly(FixtureCourse course, bool useCache = true)
    {
        await using var pool = WorkerPool.CreateDefault();
        var options = new BuildOptions { UseCache = useCache };
        await using var context = new BuildContext(course.Settings, options, NullBuildLog.Instance, Generator.Settings.ToolPaths.Locate(course.Root)) { Executor = pool };
        await SiteBuilder.RunAsync(context, [new StartWorkersEarly()]);
        return pool.Started;
    }

    [Fact]
    public async Task A_worker_starts_early_only_when_lessons_changed_since_the_last_build()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "```csharp run\n1 + 1\n```\n");
        Assert.Equal(1, await WorkersStartedEarly(course));   // first build: nothing known
        Assert.Equal(0, await WorkersStartedEarly(course));   // nothing changed: cells come from the cache

        course.WithLesson("01_A", 1, "```csharp run\n1 + 2\n```\n");
        Assert.Equal(1, await WorkersStartedEarly(course));
        Assert.Equal(0, await WorkersStartedEarly(course));

        // --no-cache runs every lesson: the whole pool starts.
        Assert.Equal(WorkerPool.CreateDefault().Size, await WorkersStartedEarly(course, useCache: false));
    }

    [Fact]
    public void The_stamp_follows_names_sizes_and_times_of_lessons_and_example_sources_only()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "Prose.\n");
        var examples = Path.Combine(course.Root, "examples");
        Directory.CreateDirectory(Path.Combine(examples, "obj"));
        var before = StartWorkersEarly.Stamp(course.Input, examples);

        File.WriteAllText(Path.Combine(examples, "obj", "generated.cs"), "// build output");
        File.WriteAllText(Path.Combine(course.Input, "notes.txt"), "not a lesson");
        Assert.Equal(before, StartWorkersEarly.Stamp(course.Input, examples));

        File.WriteAllText(Path.Combine(examples, "Helpers.cs"), "class Helpers {}");
        Assert.NotEqual(before, StartWorkersEarly.Stamp(course.Input, examples));
    }
}
