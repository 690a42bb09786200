using MathForML.Execution.Contract;
using MathForML.Execution.Workers;
using MathForML.Generator.Browser;
using MathForML.Generator.Commands;
using MathForML.Generator.MathRendering;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;
using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;
using MathForML.Generator.Writing;

namespace MathForML.Preview;

/// <summary>A preview build: the build's result and what it changed in the output folder.</summary>
public sealed record PreviewBuild(BuildResult Result, SiteChanges Changes);

/// <summary>
/// The build services one preview keeps for its whole life, so a rebuild pays no start-up: warm
/// worker processes (Roslyn loaded and JIT-compiled), one math process, one headless chromium for
/// chart images (started only when a chart is not in the cache), and the caches on disk.
/// Each rebuild runs the ordinary build stages without their all-or-nothing folder swap, then
/// updates the output folder in place, writing only the files that changed; a build with errors
/// writes nothing, so the last good site stays up.
/// </summary>
public sealed class PreviewSession(CourseSettings settings, ToolPaths tools, ICellExecutor? executor = null) : IAsyncDisposable
{
    private ICellExecutor _executor = executor ?? WorkerPool.CreateDefault();
    private readonly bool _ownsExecutor = executor is null;
    private MathRenderer _math = new(tools);
    private readonly ChromiumBrowser _browser = ChromiumBrowser.Locate(tools);

    public CourseSettings Settings { get; } = settings;

    public ToolPaths Tools { get; } = tools;

    public async Task<PreviewBuild> BuildAsync(IBuildLog log, bool write, CancellationToken cancellationToken)
    {
        // serve's list writes nothing: the session updates the folder it serves itself, in place.
        var options = new BuildOptions();
        BuildResult result;
        await using (var context = new BuildContext(Settings, options, log, Tools) { Executor = _executor }.Provide(_math).Provide<IHeadlessBrowser>(_browser))
            result = await SiteBuilder.RunAsync(context, StageLists.Serve(options), cancellationToken);
        var changes = write && result.Succeeded ? SiteFolder.Update(Settings.OutputDirectory, result.Course.Files) : new SiteChanges([], []);
        return new PreviewBuild(result, changes);
    }

    /// <summary>Starts a worker ahead of need (no-op when one is already running or cells run in-process).</summary>
    public void WarmUp()
    {
        _executor.Prewarm(1);
    }

    /// <summary>Workers from now on start from this folder (a rebuilt examples library); the old ones stop.</summary>
    public async Task UseWorkersFromAsync(string workerDirectory)
    {
        if (!_ownsExecutor) return; // a caller's executor (tests) is the caller's to manage
        var old = _executor;
        _executor = new WorkerPool(WorkerOptions.Default with { WorkerAssembly = Path.Combine(workerDirectory, Path.GetFileName(WorkerOptions.Default.WorkerAssembly)) },
            old.Size);
        if (old is IAsyncDisposable disposable) await disposable.DisposeAsync();
    }

    /// <summary>Starts a fresh math process (its bridge script is part of the theme and may have changed).</summary>
    public async Task RestartMathAsync()
    {
        var old = _math;
        _math = new MathRenderer(Tools);
        await old.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _math.DisposeAsync();
        await _browser.DisposeAsync();
        if (_ownsExecutor && _executor is IAsyncDisposable disposable) await disposable.DisposeAsync();
    }
}
