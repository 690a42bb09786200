using System.Collections.Concurrent;
using MathForML.Generator.Model;

namespace MathForML.Generator.Execution.Workers;

/// <summary>
/// Runs lessons in worker processes, as many at once as there are cores. A worker whose cell
/// killed it (time limit, crash, Environment.Exit) is thrown away and a fresh one takes its place;
/// healthy workers are reused, so Roslyn's warm-up is paid once per worker, not per lesson.
/// </summary>
public sealed class WorkerPool(WorkerOptions options, int size) : ICellExecutor, IAsyncDisposable
{
    private readonly ConcurrentBag<WorkerProcess> _idle = [];
    private readonly SemaphoreSlim _slots = new(size, size);
    private readonly ConcurrentBag<WorkerProcess> _all = [];

    public int Size { get; } = size;

    /// <summary>How many worker processes this pool has started so far.</summary>
    public int Started => _all.Count;

    private readonly Lazy<string> _engine = new(() => Cache.EngineFingerprint.OfDirectory(Path.GetDirectoryName(options.WorkerAssembly)!));

    /// <summary>The engine in the workers' folder, which is what they load (not necessarily what this process loaded).</summary>
    public string EngineFingerprint => _engine.Value;

    public static WorkerPool CreateDefault() => new(WorkerOptions.Default, System.Math.Max(1, Environment.ProcessorCount));

    /// <summary>Starts workers ahead of need, so their warm-up overlaps the build's other stages.</summary>
    public void Prewarm(int count)
    {
        for (var i = _all.Count; i < System.Math.Min(count, Size); i++) _idle.Add(StartWorker());
    }

    public async Task<LessonExecution> ExecuteAsync(Lesson lesson, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        WorkerProcess? worker = null;
        try
        {
            worker = _idle.TryTake(out var idle) && idle.IsAlive ? idle : StartWorker();
            return await worker.RunLessonAsync(LessonRequest.From(lesson), cancellationToken);
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
        var worker = WorkerProcess.Start(options);
        _all.Add(worker);
        return worker;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _all) await worker.DisposeAsync();
        _slots.Dispose();
    }
}
