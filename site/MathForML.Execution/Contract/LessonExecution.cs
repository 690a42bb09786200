using MathForML.Cells.Outputs;
using MathForML.Execution.Programs;

namespace MathForML.Execution.Contract;

/// <summary>What running a lesson's cells produced: a result per cell that ran, and the problems found.</summary>
public sealed record LessonExecution(IReadOnlyList<CellRun> Results, IReadOnlyList<ExecutionDiagnostic> Diagnostics)
{
    /// <summary>The lesson's cells as a console program, when it was asked for and the executor made it.</summary>
    public ConvertedProgram? Program { get; init; }

    /// <summary>How long making <see cref="Program"/> took (not the cells' time).</summary>
    public TimeSpan ProgramTime { get; init; }
}

/// <summary>What one cell that ran produced, and how long it took (or took when it was cached).</summary>
public sealed record CellRun(int Index, IReadOnlyList<CellOutput> Outputs, TimeSpan Duration, bool FromCache = false);
