using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using MathForML.Execution.Cache;
using MathForML.Execution.Contract;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;
using MathForML.Generator.Reporting;

namespace MathForML.Generator.CellExecution;

/// <summary>
/// Runs every lesson's <c>run</c> cells, each lesson in a fresh session, lessons in parallel. Cells
/// whose code (and every earlier cell's) is unchanged come from the cache; a lesson with any
/// changed cell runs again from its first cell, since later cells see the state earlier ones left.
/// A failing lesson does not stop the others: all problems are reported together.
/// </summary>
/// <param name="cells">The lessons <see cref="StartCells"/> sent to the workers, if it did; otherwise they are sent here.</param>
public sealed class ExecuteCells(Handoff<ExecuteCells.Running> cells) : IBuildStage
{
    public string Name => "Execute cells";

    internal sealed record Plan(Document Lesson, LessonRequest Request, IReadOnlyList<string> Keys, IReadOnlyList<CellResult>? Cached);

    /// <summary>Lessons being executed since <see cref="StartCells"/> sent them to the workers.</summary>
    public sealed class Running
    {
        internal Running(IReadOnlyList<Plan> plans, CellCache cache, Task<Dictionary<string, LessonExecution>> executed,
            IReadOnlyDictionary<string, Task<LessonExecution>> converting)
        {
            Plans = plans;
            Cache = cache;
            Executed = executed;
            Converting = converting;
        }

        /// <summary>
        /// By lesson name, the executions of the lessons whose workers also convert them into console
        /// programs: what <see cref="LessonProjects.ProjectConversion"/> waits for instead of converting.
        /// </summary>
        internal IReadOnlyDictionary<string, Task<LessonExecution>> Converting { get; }

        internal IReadOnlyList<Plan> Plans { get; }
        internal CellCache Cache { get; }
        internal Task<Dictionary<string, LessonExecution>> Executed { get; }

        /// <summary>The lessons whose cells run in this build (the others come from the cache).</summary>
        internal IEnumerable<Document> Executing => Plans.Where(p => p.Cached is null).Select(p => p.Lesson);

        /// <summary>From sending the first lesson to the last one finishing (not to when they were collected).</summary>
        internal TimeSpan Wall { get; set; }
    }

    /// <summary>
    /// Works out which lessons must run (any cell not in the cache) and sends them to the workers,
    /// longest first, without waiting for them: the stages that follow do not need cells' outputs.
    /// </summary>
    /// <param name="needsProgram">Whether a lesson's console program is wanted and not yet made (null: no programs in this build).</param>
    public static Running Start(Course course, BuildContext context, Func<Document, BuildContext, bool>? needsProgram, CancellationToken cancellationToken)
    {
        var cache = CellCache.For(context.Settings.CacheDirectory, context.Executor.EngineFingerprint);
        var plans = course.Documents
            .Where(d => d.Cells.Any(c => c.Flags.Run))
            .Select(doc =>
            {
                var request = doc.ToRequest();
                var keys = cache.Keys(request);
                var cached = context.Options.UseCache ? AllCached(cache, request, keys) : null;
                return new Plan(doc, request, keys, cached);
            })
            .ToList();

        foreach (var plan in plans.Where(p => p.Cached is not null))
            context.Log.Report(new LessonFinished(plan.Lesson.SourcePath, plan.Keys.Count, 0, plan.Keys.Count, false, TimeSpan.Zero));
        var toRun = plans.Where(p => p.Cached is null).ToList();
        if (toRun.Count > 0) context.Executor.Prewarm(toRun.Count);

        // A lesson whose console program is not cached is converted by the worker that runs it, after
        // its cells, where the compiler is loaded and warm. Converting in the build's own process,
        // beside the cells, meant loading Roslyn there too: on a one-cell edit (2 cores) that took
        // about 0.6 CPU-s from the cells and the rendering (3.09 → 2.98 s median, interleaved).
        bool WithProgram(Document lesson) => needsProgram is not null && !course.HasErrors && needsProgram(lesson, context);

        var clock = Stopwatch.StartNew();
        var converting = new Dictionary<string, Task<LessonExecution>>(StringComparer.Ordinal);
        // Longest lessons first, so the last one to finish is a short one.
        var running = toRun
            .OrderByDescending(p => p.Request.Cells.Sum(c => c.Code.Length))
            .Select(plan =>
            {
                var withProgram = WithProgram(plan.Lesson);
                var execution = Run(plan, withProgram);
                if (withProgram) converting[plan.Lesson.Name] = execution;
                return Paired(plan, execution);
            })
            .ToList();

        static async Task<(Plan plan, LessonExecution execution)> Paired(Plan plan, Task<LessonExecution> execution) => (plan, await execution);

        async Task<LessonExecution> Run(Plan plan, bool withProgram)
        {
            context.Log.Report(new LessonStarted(plan.Lesson.SourcePath, plan.Keys.Count));
            var lessonClock = Stopwatch.StartNew();
            var request = withProgram ? plan.Lesson.ToRequest(withProgram: true) : plan.Request;
            var execution = await context.Executor.ExecuteAsync(request, cancellationToken);
            context.Log.Report(new LessonFinished(plan.Lesson.SourcePath, plan.Keys.Count, execution.Results.Count, 0,
                execution.Diagnostics.Any(d => d.IsError), lessonClock.Elapsed - execution.ProgramTime));
            return execution;
        }
        var executed = new TaskCompletionSource<Dictionary<string, LessonExecution>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new Running(plans, cache, executed.Task, converting);
        _ = Task.WhenAll(running).ContinueWith(all =>
        {
            started.Wall = clock.Elapsed;
            if (all.IsFaulted) executed.SetException(all.Exception!.InnerExceptions);
            else if (all.IsCanceled) executed.SetCanceled(cancellationToken);
            else executed.SetResult(all.Result.ToDictionary(r => r.plan.Lesson.Name, r => r.execution));
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return started;
    }

    public async Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        var started = cells.Started ?? Start(course, context, needsProgram: null, cancellationToken);
        var executed = await started.Executed.WaitAsync(cancellationToken);
        var cache = started.Cache;
        var planOf = started.Plans.ToDictionary(p => p.Lesson.Name);

        var updated = new List<Document>();
        var diagnostics = new List<Diagnostic>();
        var ran = false;
        foreach (var doc in course.Documents)
        {
            // The documents are the current ones (later stages added math); the plans were made earlier.
            if (!planOf.TryGetValue(doc.Name, out var plan))
            {
                updated.Add(doc);
                continue;
            }
            IReadOnlyList<CellResult> results;
            var keyByIndex = plan.Request.Cells.Select((c, i) => (c.Index, Key: plan.Keys[i])).ToDictionary(x => x.Index, x => x.Key);
            if (plan.Cached is not null)
            {
                results = [.. plan.Cached.Select(r => r with { CacheKey = keyByIndex[r.Index] })];
                context.Log.Info($"{plan.Lesson.SourcePath}: {results.Count} cells from the cache");
            }
            else
            {
                ran = true;
                var execution = executed[plan.Lesson.Name];
                diagnostics.AddRange(execution.Diagnostics.Select(d => d.ToDiagnostic()));
                foreach (var run in execution.Results) cache.Put(keyByIndex[run.Index], run);
                results = [.. execution.Results.Select(r => r.ToResult() with { CacheKey = keyByIndex[r.Index] })];
                var seconds = results.Sum(r => r.Duration.TotalSeconds).ToString("0.00", CultureInfo.InvariantCulture);
                var failed = execution.Diagnostics.Any(d => d.IsError) ? $", stopped at cell {results.Count + 1}" : "";
                context.Log.Info($"{plan.Lesson.SourcePath}: {results.Count}/{plan.Request.Cells.Count} cells ran in {seconds} s{failed}");
            }
            updated.Add(doc with { Results = results.ToImmutableDictionary(r => r.Index) });
        }

        if (ran) ReportSlowest(updated, context, started.Wall);
        return course.WithDocuments(updated).WithDiagnostics(diagnostics);
    }

    private static IReadOnlyList<CellResult>? AllCached(CellCache cache, LessonRequest request, IReadOnlyList<string> keys)
    {
        var results = new List<CellResult>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (cache.TryGet(keys[i], request.Cells[i].Index) is not { } hit) return null;
            results.Add(hit.ToResult());
        }
        return results;
    }

    private static void ReportSlowest(List<Document> lessons, BuildContext context, TimeSpan wall)
    {
        var slowest = lessons
            .SelectMany(l => l.Results.Values.Where(r => !r.FromCache).Select(r => (Lesson: l, Result: r)))
            .OrderByDescending(x => x.Result.Duration)
            .Take(3)
            .Select(x => $"{x.Lesson.SourcePath}({x.Lesson.Cells[x.Result.Index].CodeLocation.Line}) {x.Result.Duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s")
            .ToList();
        var slowestText = slowest.Count > 0 ? $"; slowest cells: {string.Join(", ", slowest)}" : ""; // none when every lesson that ran failed
        context.Log.Info($"Executed in {wall.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s{context.Executor.RunBy}{slowestText}");
    }
}
