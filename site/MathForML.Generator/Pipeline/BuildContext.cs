using MathForML.Generator.Assets;
using MathForML.Generator.Execution;
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

    public ICellExecutor Executor { get; init; } = new ScriptCellExecutor();

    private KatexRenderer? _katex;

    /// <summary>One Node process renders every formula of the build; started on first use.</summary>
    public KatexRenderer Katex => _katex ??= new KatexRenderer(Tools);

    public async ValueTask DisposeAsync()
    {
        if (_katex is not null) await _katex.DisposeAsync();
    }
}
