using MathForML.Execution.Contract;
using MathForML.Execution.Workers;
using MathForML.Generator.Model;
using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;

namespace MathForML.Generator.Pipeline;

/// <summary>
/// What the stages share during one build: settings, options, the log, the cell executor and the
/// long-lived services of features (the math process, the headless browser), each created by the
/// feature that uses it on first use (<see cref="Service{T}"/>), so this contract knows none of them.
/// Services the context creates end with the build; services a caller hands in (a test's shared
/// worker pool, the preview server's warm workers, math process and browser) outlive it.
/// </summary>
public sealed class BuildContext(CourseSettings settings, BuildOptions options, IBuildLog log, ToolPaths tools) : IAsyncDisposable
{
    public CourseSettings Settings { get; } = settings;

    public BuildOptions Options { get; } = options;

    public IBuildLog Log { get; } = log;

    public ToolPaths Tools { get; } = tools;

    private ICellExecutor? _executor;
    private bool _executorBorrowed;

    /// <summary>Runs lessons' cells; by default a pool of worker processes, created on first use.</summary>
    public ICellExecutor Executor
    {
        get => _executor ??= WorkerPool.CreateDefault(Options.UseCellServers ? CellServerOptions.Default : null);
        init
        {
            _executor = value;
            _executorBorrowed = true;
        }
    }

    private readonly Dictionary<Type, object> _services = [];
    private readonly List<object> _owned = [];

    /// <summary>
    /// The build's one <typeparamref name="T"/>: the one a caller provided, else the one made by
    /// <paramref name="create"/> on first use, which ends with the build.
    /// </summary>
    public T Service<T>(Func<BuildContext, T> create) where T : class
    {
        lock (_services)
        {
            if (_services.TryGetValue(typeof(T), out var existing)) return (T)existing;
            var created = create(this);
            _services[typeof(T)] = created;
            _owned.Add(created);
            return created;
        }
    }

    /// <summary>Hands in a service the caller keeps (and disposes) beyond this build.</summary>
    public BuildContext Provide<T>(T service) where T : class
    {
        lock (_services) _services[typeof(T)] = service;
        return this;
    }

    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Cancelled when the build ends, for work a stage started in the background.</summary>
    public CancellationToken Stopping => _stopping.Token;

    private readonly List<Task> _background = [];

    /// <summary>
    /// Background work a stage started (see <see cref="Handoff{T}"/>) that must wind down before the
    /// build's services close, even when the build stops before collecting it (errors).
    /// </summary>
    public void WaitBeforeEnding(Task work)
    {
        lock (_background) _background.Add(work);
    }

    public async ValueTask DisposeAsync()
    {
        // Background work of a build that stopped early (errors) is not waited for: cancel it and let it wind down.
        await _stopping.CancelAsync();
        Task[] background;
        lock (_background) background = [.. _background];
        foreach (var work in background)
        {
            try { await work; }
            catch (OperationCanceledException) { }
        }
        _stopping.Dispose();
        object[] owned;
        lock (_services) owned = [.. _owned];
        // Last made, first closed: a service may use one made before it.
        foreach (var service in owned.Reverse())
        {
            if (service is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync();
            else if (service is IDisposable disposable) disposable.Dispose();
        }
        // Disposing a build's own workers also ends any lesson sent but never collected (a build that stopped early).
        if (_executor is IAsyncDisposable executor && !_executorBorrowed) await executor.DisposeAsync();
    }
}
