using System.Diagnostics;
using System.Threading.Channels;
using MathForML.Generator.Model;
using MathForML.Generator.Writing;

namespace MathForML.Preview;

/// <summary>
/// <c>serve</c> as a whole: the server, the watcher and one rebuild loop over a long-lived
/// <see cref="PreviewSession"/>. Changes arriving during a build are joined into the next one, so
/// a burst of saves costs at most one extra build. Every build publishes its status (the overlay
/// shows errors at their file and line; a success clears it) and, when files changed, a reload.
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    private readonly PreviewSession _session;
    private readonly PreviewServer _server;
    private readonly SourceWatcher _watcher;
    private readonly ExamplesLibrary? _examples;
    private readonly PreviewOptions _options;
    private readonly IPreviewReporter _reporter;
    private readonly Channel<IReadOnlyList<SourceChange>> _changes = Channel.CreateUnbounded<IReadOnlyList<SourceChange>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly string _serverId = Guid.NewGuid().ToString("N")[..12];
    private readonly Task _loop;
    private IReadOnlyList<Diagnostic> _examplesProblems = [];
    private int _builds;

    public LiveEvents Events { get; }

    public Uri Url => _server.Url;

    public IReadOnlyList<Uri> Addresses => _server.Addresses;

    /// <summary>Raised after each build, on the rebuild loop (tests wait on it).</summary>
    public event Action<PreviewRebuild>? Rebuilt;

    private PreviewHost(PreviewSession session, PreviewServer server, LiveEvents events, ExamplesLibrary? examples, PreviewOptions options, IPreviewReporter reporter, bool sourceTheme)
    {
        _session = session;
        _server = server;
        Events = events;
        _examples = examples;
        _options = options;
        _reporter = reporter;
        var settings = session.Settings;
        var folders = new List<(SourceKind, string)> { (SourceKind.Lessons, settings.InputDirectory) };
        if (examples is not null) folders.Add((SourceKind.Examples, Path.GetDirectoryName(examples.ProjectPath)!));
        if (sourceTheme) folders.Add((SourceKind.Theme, session.Tools.ThemeDirectory));
        _watcher = new SourceWatcher(folders, options.Debounce, batch => _changes.Writer.TryWrite(batch));
        _changes.Writer.TryWrite([]); // the first build
        _loop = Task.Run(() => LoopAsync(_stop.Token));
    }

    /// <summary>Starts serving at once (pages show the build's progress and errors) and builds in the background.</summary>
    public static async Task<PreviewHost> StartAsync(CourseSettings settings, PreviewOptions options, IPreviewReporter reporter, CancellationToken cancellationToken)
    {
        var (tools, sourceTheme) = PreviewPaths.Tools(settings.RootDirectory);
        var events = new LiveEvents();
        var script = Path.Combine(tools.ThemeDirectory, PreviewPaths.LiveReloadScript);
        var server = await PreviewServer.StartAsync(settings.OutputDirectory, script, events, options.Address, options.Port, cancellationToken);
        var session = new PreviewSession(settings, tools, options.Executor);
        // The examples library is rebuilt on edits only when workers run cells: an in-process executor keeps what it loaded.
        var project = options.Executor is null ? ExamplesLibrary.FindProject(settings.RootDirectory) : null;
        var examples = project is null ? null : new ExamplesLibrary(settings, project, AppContext.BaseDirectory);
        reporter.Listening(server.Url, sourceTheme);
        return new PreviewHost(session, server, events, examples, options, reporter, sourceTheme);
    }

    /// <summary>Runs until cancelled (Ctrl+C).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Asked to stop.
        }
    }

    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await _changes.Reader.WaitToReadAsync(cancellationToken))
            {
                var batch = new List<SourceChange>();
                while (_changes.Reader.TryRead(out var changes)) batch.AddRange(changes);
                await RebuildAsync(batch, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task RebuildAsync(IReadOnlyList<SourceChange> trigger, CancellationToken cancellationToken)
    {
        var number = ++_builds;
        var clock = Stopwatch.StartNew();
        _reporter.Rebuilding(number, trigger);
        Events.PublishStatus(BuildStatus.Create(BuildState.Building, _serverId, number, _examplesProblems));

        PreviewRebuild rebuild;
        try
        {
            if (_examples is not null && trigger.Any(c => c.Kind == SourceKind.Examples)) await RebuildExamplesAsync(cancellationToken);
            if (trigger.Any(c => c.Kind == SourceKind.Theme && Path.GetFileName(c.Path) == "math-bridge.js")) await _session.RestartMathAsync();

            var build = await _session.BuildAsync(number == 1 ? _options.InitialLog : _options.RebuildLog, write: _examplesProblems.Count == 0, cancellationToken);
            var diagnostics = build.Result.Course.Diagnostics.Concat(_examplesProblems).ToList();
            var state = diagnostics.Any(d => d.IsError) ? BuildState.Failed : BuildState.Succeeded;
            rebuild = new PreviewRebuild(number, trigger, state, diagnostics, build.Changes, clock.Elapsed, null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A bug or an I/O problem must not stop the server: report it like a failed build.
            rebuild = new PreviewRebuild(number, trigger, BuildState.Failed, _examplesProblems, new SiteChanges([], []), clock.Elapsed, $"{e.GetType().Name}: {e.Message}");
        }

        Events.PublishStatus(BuildStatus.Create(rebuild.State, _serverId, number, rebuild.Diagnostics, rebuild.Failure));
        if (!rebuild.Changes.IsEmpty) Events.PublishReload(new ReloadNotice(rebuild.Changes.Written, rebuild.Changes.Deleted));
        _reporter.Rebuilt(rebuild);
        // The first cell edit should find a worker with Roslyn already loaded, even when every cell came from the cache.
        _session.WarmUp();
        Rebuilt?.Invoke(rebuild);
    }

    private async Task RebuildExamplesAsync(CancellationToken cancellationToken)
    {
        _reporter.ExamplesRebuilding();
        var built = await _examples!.BuildAsync(cancellationToken);
        _examplesProblems = built.Problems;
        if (built.WorkerDirectory is null) return;
        await _session.UseWorkersFromAsync(built.WorkerDirectory);
        _examples.Prune(built.WorkerDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        await _stop.CancelAsync();
        _changes.Writer.TryComplete();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped mid-build.
        }
        await _server.DisposeAsync();
        await _session.DisposeAsync();
        _examples?.Dispose();
        _stop.Dispose();
    }
}
