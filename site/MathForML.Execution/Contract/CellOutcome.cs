using MathForML.Cells.Outputs;

namespace MathForML.Execution.Contract;

/// <summary>What one cell did: its outputs, and the problems it had (an error stops the lesson).</summary>
public sealed record CellOutcome(int Index, IReadOnlyList<CellOutput> Outputs, IReadOnlyList<ExecutionDiagnostic> Diagnostics, double Milliseconds)
{
    public bool Failed => Diagnostics.Any(d => d.IsError);

    /// <summary>
    /// The cell hit the heap limit. The process survives the exception, but not reliably the next
    /// lesson (its heap may stay near the limit), so a worker that saw this is retired.
    /// </summary>
    public bool RanOutOfMemory { get; init; }
}
