using MathForML.Cells.Outputs;
using MathForML.Generator.Model;

namespace MathForML.Generator.Execution;

/// <summary>What one cell did: its outputs, and the problems it had (an error stops the lesson).</summary>
public sealed record CellOutcome(int Index, IReadOnlyList<CellOutput> Outputs, IReadOnlyList<Diagnostic> Diagnostics, double Milliseconds)
{
    public bool Failed => Diagnostics.Any(d => d.IsError);
}
