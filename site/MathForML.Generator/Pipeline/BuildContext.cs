using MathForML.Generator.Assets;
using MathForML.Generator.Browser;
using MathForML.Execution.Contract;
using MathForML.Execution.Sessions;
using MathForML.Execution.Workers;
using MathForML.Generator.MathRendering;
using MathForML.Generator.Settings;
using MathForML.Generator.Model;
using MathForML.Generator.Reporting;

namespace MathForML.Generator.Pipeline;

/// <summary>
/// What the stages share during one build: settings, options and long-lived services. Services
/// the context creates itself end with the build; services a caller hands in (a test's shared
/// worker pool, the preview server's warm workers and KaTeX process) outlive it and are not disposed.
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

    private KatexRenderer? _katex;
    private bool _katexBorrowed;

    /// <summary>One Node process renders every formula of the build; started on first use.</summary>
    public KatexRenderer Katex
    {
        get => _katex ??= new KatexRenderer(Tools);
        init
        {
            _katex = value;
            _katexBorrowed = true;
        }
    }

    private IHeadlessBrowser? _browser;
    private bool _browserBorrowed;
    private bool _browserReported;
    private readonly Lock _browserLock = new();

    /// <summary>
    /// One headless chromium for the whole build: chart images and the PDF. Found when first asked
    /// for and started only when first used; a preview or a test hands in its own.
    /// </summary>
    public IHeadlessBrowser Browser
    {
        get => _browser ??= ChromiumBrowser.Locate(Tools, Options.ChromiumPath);
        init
        {
            _browser = value;
            _browserBorrowed = true;
        }
    }

    /// <summary>
    /// True when <see cref="Browser"/> can be used. Otherwise says so in one line, once per build
    /// (chart images and the PDF both ask), and what the build makes without it.
    /// </summary>
    public bool BrowserAvailable()
    {
        if (Browser.Unavailable is not { } reason) return true;
        lock (_browserLock)
        {
            if (_browserReported) return false;
            _browserReported = true;
        }
        var missing = Options.PrintPdf ? "charts have no static images and there is no PDF" : "charts have no static images";
        Log.Info($"{reason}: {missing}; everything else is built");
        return false;
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
        if (_browser is IAsyncDisposable browser && !_browserBorrowed) await browser.DisposeAsync();
        if (_katex is not null && !_katexBorrowed) await _katex.DisposeAsync();
        // Disposing a build's own workers also ends any lesson sent but never collected (a build that stopped early).
        if (_executor is IAsyncDisposable executor && !_executorBorrowed) await executor.DisposeAsync();
    }
}
