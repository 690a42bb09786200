using MathForML.Generator.Model;

namespace MathForML.Generator.Execution;

/// <summary>What running a lesson's cells produced: a result per cell that ran, and the problems found.</summary>
public sealed record LessonExecution(IReadOnlyList<CellResult> Results, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The lesson's cells as a console program, when it was asked for and the executor made it.</summary>
    public LessonProjects.ConvertedProgram? Program { get; init; }

    /// <summary>How long making <see cref="Program"/> took (not the cells' time).</summary>
    public TimeSpan ProgramTime { get; init; }
}

/// <summary>
/// Runs the <c>run</c> cells of one lesson, in order, in one fresh session (notebook semantics).
/// Problems in a cell (compile errors, exceptions, timeouts) come back as diagnostics at the
/// Markdown location; the cells after a failing one do not run, since they usually depend on it.
/// </summary>
public interface ICellExecutor
{
    Task<LessonExecution> ExecuteAsync(Lesson lesson, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the lesson and, when <paramref name="withProgram"/> is set and its cells all ran, also
    /// converts them into the lesson's console program where that is cheaper than in the build's
    /// process: a worker has the compiler loaded and warm. An executor that cannot returns no
    /// program, and the build converts the lesson itself.
    /// </summary>
    Task<LessonExecution> ExecuteAsync(Lesson lesson, bool withProgram, CancellationToken cancellationToken) =>
        ExecuteAsync(lesson, cancellationToken);

    /// <summary>
    /// Identifies the code this executor runs cells with, for the cell cache's keys. An in-process
    /// executor runs the assemblies loaded here; a worker pool says which ones its workers load.
    /// </summary>
    string EngineFingerprint => Cache.EngineFingerprint.OfLoadedAssemblies;

    /// <summary>How many lessons run at once: a worker pool's size; in process, one per core.</summary>
    int Size => Environment.ProcessorCount;

    /// <summary>
    /// Starts up to <paramref name="count"/> workers now, so that their start-up overlaps other work.
    /// An in-process executor has nothing to start.
    /// </summary>
    void Prewarm(int count) { }

    /// <summary>How this build's lessons were run, for the end of the build log's "Executed in" line, or empty.</summary>
    string RunBy => "";
}
