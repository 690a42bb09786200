using System.Net;
using MathForML.Execution.Contract;
using MathForML.Generator.Reporting;

namespace MathForML.Preview;

/// <summary>How <c>serve</c> runs. Loopback only unless an address is asked for.</summary>
public sealed record PreviewOptions
{
    public const int DefaultPort = 8000;

    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>0 picks a free port (the tests do).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>How long files must be quiet before a rebuild starts: long enough to join an editor's several writes of one save.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(60);

    /// <summary>Progress of the first build, which may execute every cell.</summary>
    public IBuildLog InitialLog { get; init; } = NullBuildLog.Instance;

    /// <summary>Progress of the rebuilds after edits.</summary>
    public IBuildLog RebuildLog { get; init; } = NullBuildLog.Instance;

    /// <summary>Runs cells; by default a pool of warm worker processes kept for the whole session.</summary>
    public ICellExecutor? Executor { get; init; }
}
