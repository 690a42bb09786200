using MathForML.Generator.Assets;
using MathForML.Generator.Execution;
using MathForML.Generator.Execution.Workers;
using MathForML.Generator.MathRendering;
using MathForML.Generator.Settings;

namespace MathForML.Generator.Pipeline;

/// <summary>What the stages share during one build: settings, options and long-lived services.</summary>
public sealed class BuildContext(CourseSettings settings, BuildOptions options, IBuildLog log, ToolPaths tools) : IAsyncDisposable
{
    public CourseSettings Settings { get; } = settings;

    public BuildOptions Options { get; } = options;

    public IBuildLog Log { get; } = log;

    public ToolPaths Tools { get; } = tools;

    private ICellExecutor? _executor;

    /// <summary>Runs lessons' cells; by default a pool of worker processes, created on first use.</summary>
    public ICellExecutor Executor
    {
        get => _executor ??= WorkerPool.CreateDefault();
        init => _executor = value;
    }

    private KatexRenderer? _katex;

    /// <summary>One Node process renders every formula of the build; started on first use.</summary>
    public KatexRenderer Katex => _katex ??= new KatexRenderer(Tools);

    public async ValueTask DisposeAsync()
    {
        if (_katex is not null) await _katex.DisposeAsync();
        if (_executor is IAsyncDisposable executor) await executor.DisposeAsync();
    }
}
