using MathForML.Cells.Outputs;

namespace MathForML.Generator.Model;

/// <summary>What one executed cell produced. Cells after a failing cell of the same lesson do not run.</summary>
public sealed record CellResult(int Index, IReadOnlyList<CellOutput> Outputs, TimeSpan Duration, bool FromCache = false)
{
    /// <summary>
    /// The cell cache's key for these outputs (the cell's code, every earlier cell's and the engine's):
    /// equal keys, equal outputs. Null for outputs that no cache holds.
    /// </summary>
    public string? CacheKey { get; init; }
}
