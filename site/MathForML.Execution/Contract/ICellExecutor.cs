namespace MathForML.Execution.Contract;

/// <summary>
/// Runs the cells of one lesson, in order, in one fresh session (notebook semantics). Problems in a
/// cell (compile errors, exceptions, timeouts) come back as diagnostics at the Markdown location;
/// the cells after a failing one do not run, since they usually depend on it.
/// </summary>
public interface ICellExecutor
{
    /// <summary>
    /// Runs the lesson. When the request <see cref="LessonRequest.WantsProgram"/> and its cells all
    /// ran, an executor that has the compiler loaded and warm (a worker) also converts them into the
    /// lesson's console program; one that cannot returns no program.
    /// </summary>
    Task<LessonExecution> ExecuteAsync(LessonRequest lesson, CancellationToken cancellationToken);

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
