using MathForML.Cells.Outputs;

namespace MathForML.Generator.Model;

/// <summary>What one executed cell produced. Cells after a failing cell of the same lesson do not run.</summary>
public sealed record CellResult(int Index, IReadOnlyList<CellOutput> Outputs, TimeSpan Duration, bool FromCache = false);
