using System.Collections.Concurrent;
using MathForML.Execution.Contract;

namespace MathForML.Execution.Workers;

/// <summary>
/// Runs lessons in worker processes, as many at once as there are cores. A worker whose cell
/// killed it (time limit, crash, Environment.Exit) is thrown away and a fresh one takes its place;
/// healthy workers are reused, so Roslyn's warm-up is paid once per worker, not per lesson.
/// With <see cref="CellServerOptions"/>, the workers are cell servers that outlive the build, so
/// the next build does not pay the warm-up either (<see cref="CellServerHost"/>).
/// </summary>
public sealed class WorkerPool(WorkerOptions options, int size, CellServerOptions? servers = null) : ICellExecutor, IAsyncDisposable
{
    private readonly ConcurrentBag<WorkerProcess> _idle = [];
    private readonly SemaphoreSlim _slots = new(size, size);
    private readonly ConcurrentBag<WorkerProcess> _all = [];

    public int Size { get; } = size;

    /// <summary>How many worker processes this pool has started so far.</summary>
    public int Started => _all.Count;

    private readonly Lazy<string> _engine = new(() => MathForML.Execution.Cache.EngineFingerprint.OfDirectory(Path.GetDirectoryName(options.WorkerAssembly)!));

    /// <summary>The engine in the workers' folder, which is what they load (not necessarily what this process loaded).</summary>
    public string EngineFingerprint => _engine.Value;

    public static WorkerPool CreateDefault(CellServerOptions? servers = null) => new(WorkerOptions.Default, System.Math.Max(1, Environment.ProcessorCount), servers);

    /// <summary>How many of this pool's workers were cell servers already running (warm) when the build asked.</summary>
    public int ServersReused => _all.Count(w => w.Transport is { Reused: true });

    /// <summary>How many of this pool's workers are cell servers.</summary>
    public int Servers => _all.Count(w => w.Transport is { Persistent: true });

    public string RunBy => Servers > 0 ? $" by {Servers} cell server(s), {ServersReused} already warm" : "";

    /// <summary>Starts workers ahead of need, so their warm-up overlaps the build's other stages.</summary>
    public void Prewarm(int count)
    {
        for (var i = _all.Count; i < System.Math.Min(count, Size); i++) _idle.Add(StartWorker());
    }

    public async Task<LessonExecution> ExecuteAsync(LessonRequest request, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        WorkerProcess? worker = null;
        try
        {
            worker = _idle.TryTake(out var idle) && idle.IsAlive ? idle : StartWorker();
            return await worker.RunLessonAsync(request, cancellationToken);
        }
        finally
        {
            if (worker is { IsAlive: true }) _idle.Add(worker);
            else if (worker is not null) await worker.DisposeAsync();
            _slots.Release();
        }
    }

    private WorkerProcess StartWorker()
    {
        var worker = servers is null ? WorkerProcess.Start(options) : WorkerProcess.Connect(options, ServerSlots(), servers.IdleTimeout);
        _all.Add(worker);
        return worker;
    }

    /// <summary>
    /// The servers a new worker may use: one slot per worker the pool runs, then as many again for
    /// when another build holds some (each serves one build at a time); slots in use by this pool's
    /// live workers are skipped, and so are addresses too long for a Unix socket.
    /// </summary>
    private List<CellServerAddress> ServerSlots()
    {
        var held = _all.Where(w => w.IsAlive).Select(w => w.Transport).OfType<CellServerTransport>().Select(t => t.Address).ToHashSet();
        return [.. Enumerable.Range(0, 2 * Size)
            .Select(slot => CellServerAddress.For(servers!.Directory, EngineFingerprint, options.WorkerAssembly, options.MemoryLimitBytes, slot))
            .Where(a => a.IsUsable && !held.Contains(a))];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _all) await worker.DisposeAsync();
        _slots.Dispose();
    }
}
