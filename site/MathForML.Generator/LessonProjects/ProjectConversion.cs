using MathForML.Execution.Contract;
using MathForML.Execution.Programs;
using MathForML.Generator.Model;

namespace MathForML.Generator.LessonProjects;

/// <summary>
/// Converting lessons' cells into programs, started as soon as the course is parsed: conversion needs
/// only the cells' code. A lesson that a worker runs is converted by that worker after its cells
/// (it has the compiler loaded and warm: on a first build that saves this process seconds of
/// loading and JIT-compiling Roslyn); the others (cells from the cache, an in-process executor) are
/// converted here.
/// </summary>
public sealed class ProjectConversion
{
    /// <summary>The lessons converted, their cache keys, their programs, how many were not in the cache, and how many of those the workers converted.</summary>
    public sealed record Result(IReadOnlyList<Document> Lessons, IReadOnlyList<string> Keys, IReadOnlyList<ConvertedProgram> Programs, int Converted, int ByWorkers);

    private readonly Task<Result> _task;

    private ProjectConversion(Task<Result> task) => _task = task;

    public Task<Result> Completion => _task;

    /// <param name="executing">
    /// The lesson's execution, when a worker runs it and was asked to convert it too (null otherwise).
    /// </param>
    public static ProjectConversion Start(Course course, string cacheDirectory, bool useCache, CancellationToken cancellationToken,
        Func<Document, Task<LessonExecution>?>? executing = null)
    {
        var lessons = course.Lessons.Concat(course.Projects).Where(l => l.Cells.Any(c => c.Flags.Run)).ToList();
        return new ProjectConversion(Task.Run(() => ConvertAsync(lessons, new ProjectCache(cacheDirectory), useCache, executing, cancellationToken), cancellationToken));
    }

    private static async Task<Result> ConvertAsync(List<Document> lessons, ProjectCache cache, bool useCache,
        Func<Document, Task<LessonExecution>?>? executing, CancellationToken cancellationToken)
    {
        var keys = lessons.Select(ProjectCache.Key).ToList();
        var programs = lessons.Select((_, i) => useCache ? cache.TryGet(keys[i]) : null).ToArray();
        var toConvert = Enumerable.Range(0, lessons.Count).Where(i => programs[i] is null).ToList();
        var inWorkers = toConvert.Select(i => (Index: i, Execution: executing?.Invoke(lessons[i]))).Where(w => w.Execution is not null).ToList();

        // Converting compiles a lesson's cells: one lesson per core.
        Parallel.ForEach(toConvert.Except(inWorkers.Select(w => w.Index)), new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            programs[i] = LessonProjectMaker.Convert(lessons[i], cancellationToken);
            cache.Put(keys[i], programs[i]!);
        });
        var byWorkers = 0;
        foreach (var (i, running) in inWorkers)
        {
            LessonExecution? execution = null;
            try
            {
                execution = await running!.WaitAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The lesson did not run to the end (the build reports why): converted here instead.
            }
            if (execution?.Program is not null) byWorkers++;
            programs[i] = execution?.Program ?? LessonProjectMaker.Convert(lessons[i], cancellationToken);
            cache.Put(keys[i], programs[i]!);
        }
        cache.KeepOnly(keys.ToHashSet(StringComparer.Ordinal));
        return new Result(lessons, keys, programs!, toConvert.Count, byWorkers);
    }
}
