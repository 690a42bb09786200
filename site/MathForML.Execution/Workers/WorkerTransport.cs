namespace MathForML.Execution.Workers;

/// <summary>
/// How a build talks to one worker: the worker's protocol streams, its crash report, and a way to
/// kill it. A worker is either a child process of this build (<see cref="ChildProcessTransport"/>)
/// or a cell server that outlives it (<see cref="CellServerTransport"/>).
/// </summary>
public abstract class WorkerTransport : IAsyncDisposable
{
    /// <summary>Lesson requests go here, one JSON line each.</summary>
    public abstract StreamWriter Input { get; }

    /// <summary>The worker's messages come from here, one JSON line each.</summary>
    public abstract StreamReader Output { get; }

    /// <summary>True when the transport already read the worker's <c>ready</c> message.</summary>
    public virtual bool ReadyReceived => false;

    /// <summary>Whether this worker will outlive the build (and so is not killed when the build ends).</summary>
    public virtual bool Persistent => false;

    /// <summary>Whether a cell server was found running rather than started for this build.</summary>
    public virtual bool Reused => false;

    /// <summary>What the runtime wrote to stderr (a stack overflow's or out-of-memory report), capped.</summary>
    public abstract string CrashReport();

    /// <summary>The process's exit code once it ended, as text, or "unknown".</summary>
    public abstract string ExitCodeText { get; }

    public abstract bool HasExited { get; }

    public abstract Task WaitForExitAsync(TimeSpan limit);

    /// <summary>Ends the process at once: the only way to stop a cell that never yields.</summary>
    public abstract void Kill();

    public abstract ValueTask DisposeAsync();

    /// <summary>Cap on what is kept of a worker's stderr, for the diagnostic.</summary>
    protected const int StderrLimit = 16 * 1024;
}
