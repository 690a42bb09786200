using MathForML.Execution.Cache;
using MathForML.Execution.Sessions;
using MathForML.Generator.Commands;
using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;
using MathForML.Tests.Support;

namespace MathForML.Tests.Execution;

/// <summary>The progress the CLI draws: stages, and per lesson how many cells ran or came from the cache.</summary>
public class BuildEventTests
{
    private sealed class RecordingLog : IBuildLog
    {
        private readonly List<BuildEvent> _events = [];

        public IReadOnlyList<BuildEvent> Events { get { lock (_events) return _events.ToArray(); } }

        public void Info(string message)
        {
        }

        public void Report(BuildEvent progress)
        {
            lock (_events) _events.Add(progress);
        }
    }

    [Fact]
    public async Task Lessons_report_executed_then_cached_cells_and_every_stage_is_announced()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "```csharp run\nvar x = 1;\n```\n\n```csharp run\nx + 1\n```\n");
        var options = new BuildOptions { CompareSnapshots = false, WriteOutput = false };

        var first = new RecordingLog();
        await SiteBuilder.BuildAsync(course.Settings, options, first, executor: new ScriptCellExecutor());
        Assert.Equal(StageLists.InMemory(options).Select(s => s.Name), first.Events.OfType<StageStarted>().Select(s => s.Stage));
        Assert.Equal(new LessonStarted("input/01_A.md", 2), first.Events.OfType<LessonStarted>().Single());
        var ran = first.Events.OfType<LessonFinished>().Single();
        Assert.Equal((2, 2, 0, false), (ran.Cells, ran.Executed, ran.Cached, ran.Failed));

        var second = new RecordingLog();
        await SiteBuilder.BuildAsync(course.Settings, options, second, executor: new ScriptCellExecutor());
        Assert.Empty(second.Events.OfType<LessonStarted>());
        var cached = second.Events.OfType<LessonFinished>().Single();
        Assert.Equal((2, 0, 2, false), (cached.Cells, cached.Executed, cached.Cached, cached.Failed));
    }

    [Fact]
    public async Task A_failing_lesson_reports_where_it_stopped()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "```csharp run\nvar x = 1;\n```\n\n```csharp run\nundefined + 1\n```\n");
        var log = new RecordingLog();
        await SiteBuilder.BuildAsync(course.Settings, new BuildOptions { CompareSnapshots = false, WriteOutput = false }, log, executor: new ScriptCellExecutor());
        var done = log.Events.OfType<LessonFinished>().Single();
        Assert.True(done.Failed);
        Assert.Equal(1, done.Executed);
    }

    [Fact]
    public void Workers_started_from_this_folder_share_the_in_process_cache_keys()
    {
        // The pool reads its workers' assemblies from disk; for the same files it must agree with the
        // assemblies loaded here, or switching executors would re-run every cell.
        Assert.Equal(EngineFingerprint.OfLoadedAssemblies, EngineFingerprint.OfDirectory(AppContext.BaseDirectory));
    }
}
