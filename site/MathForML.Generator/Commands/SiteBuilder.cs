using System.Diagnostics;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;
using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;

namespace MathForML.Generator.Commands;

/// <summary>The result of a build: the final course model (diagnostics, files) and how long each stage took.</summary>
public sealed record BuildResult(Course Course, IReadOnlyList<(string Stage, TimeSpan Duration)> Timings)
{
    public bool Succeeded => !Course.HasErrors;
}

/// <summary>Runs a list of stages (by default <see cref="StageLists.For"/> the options) in order. The CLI and the tests call this.</summary>
public static class SiteBuilder
{
    public static async Task<BuildResult> BuildAsync(
        CourseSettings settings,
        BuildOptions? options = null,
        IBuildLog? log = null,
        IReadOnlyList<IBuildStage>? stages = null,
        CancellationToken cancellationToken = default,
        MathForML.Execution.Contract.ICellExecutor? executor = null,
        Browser.IHeadlessBrowser? browser = null)
    {
        var tools = ToolPaths.Locate(settings.RootDirectory);
        var logTo = log ?? NullBuildLog.Instance;
        // A caller's executor (a test's shared worker pool) or browser outlives this build; the default ones do not.
        var opts = options ?? new BuildOptions();
        await using var context = executor is null ? new BuildContext(settings, opts, logTo, tools) : new BuildContext(settings, opts, logTo, tools) { Executor = executor };
        if (browser is not null) context.Provide(browser);
        return await RunAsync(context, stages ?? StageLists.For(opts), cancellationToken);
    }

    public static async Task<BuildResult> RunAsync(BuildContext context, IReadOnlyList<IBuildStage> stages, CancellationToken cancellationToken = default)
    {
        var course = new Course(context.Settings);
        var timings = new List<(string, TimeSpan)>();
        for (var i = 0; i < stages.Count; i++)
        {
            var stage = stages[i];
            cancellationToken.ThrowIfCancellationRequested();
            context.Log.Report(new StageStarted(stage.Name, i, stages.Count));
            var clock = Stopwatch.StartNew();
            course = await stage.RunAsync(course, context, cancellationToken);
            timings.Add((stage.Name, clock.Elapsed));
        }
        return new BuildResult(course, timings);
    }
}
