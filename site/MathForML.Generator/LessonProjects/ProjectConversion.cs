using MathForML.Generator.Model;

namespace MathForML.Generator.LessonProjects;

/// <summary>
/// Converting lessons' cells into programs, started as soon as the course is parsed: conversion needs
/// only the cells' code, and most of its cost is the compiler warming up in this process, which then
/// overlaps the cells running in worker processes instead of following them.
/// </summary>
public sealed class ProjectConversion
{
    /// <summary>The lessons converted, their cache keys, their programs, and how many were not in the cache.</summary>
    public sealed record Result(IReadOnlyList<Lesson> Lessons, IReadOnlyList<string> Keys, IReadOnlyList<ConvertedProgram> Programs, int Converted);

    private readonly Task<Result> _task;

    private ProjectConversion(Task<Result> task) => _task = task;

    public Task<Result> Completion => _task;

    public static ProjectConversion Start(Course course, string cacheDirectory, bool useCache, CancellationToken cancellationToken)
    {
        var lessons = course.Lessons.Where(l => l.Cells.Any(c => c.Flags.Run)).ToList();
        return new ProjectConversion(Task.Run(() => Convert(lessons, new ProjectCache(cacheDirectory), useCache, cancellationToken), cancellationToken));
    }

    private static Result Convert(List<Lesson> lessons, ProjectCache cache, bool useCache, CancellationToken cancellationToken)
    {
        var keys = lessons.Select(ProjectCache.Key).ToList();
        var programs = lessons.Select((_, i) => useCache ? cache.TryGet(keys[i]) : null).ToArray();
        var toConvert = Enumerable.Range(0, lessons.Count).Where(i => programs[i] is null).ToList();
        // Converting compiles a lesson's cells: one lesson per core.
        Parallel.ForEach(toConvert, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            programs[i] = LessonProjectMaker.Convert(lessons[i], cancellationToken);
            cache.Put(keys[i], programs[i]!);
        });
        cache.KeepOnly(keys.ToHashSet(StringComparer.Ordinal));
        return new Result(lessons, keys, programs!, toConvert.Count);
    }
}
