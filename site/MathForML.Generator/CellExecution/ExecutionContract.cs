using MathForML.Execution.Contract;
using MathForML.Generator.Model;

namespace MathForML.Generator.CellExecution;

/// <summary>
/// The one place the course model meets the execution engine's plain-data contract: a lesson's run
/// cells become a request; what comes back becomes the model's results and diagnostics.
/// </summary>
public static class ExecutionContract
{
    public static CellRequest ToRequest(this Cell cell) => new(
        cell.Index, cell.Code, cell.CodeLocation.Line, cell.CodeLocation.Column, cell.FenceLocation.Line,
        cell.Flags.Throws, cell.Flags.Timeout.TotalSeconds, cell.Flags.Answer, cell.Flags.Tolerance);

    /// <summary>
    /// The lesson's run cells, in order. With <paramref name="withProgram"/>, the executor is also asked
    /// to convert them into the lesson's console program, for which it needs which cells are hidden.
    /// </summary>
    public static LessonRequest ToRequest(this Document lesson, bool withProgram = false)
    {
        var run = lesson.RunCells.ToList();
        return new LessonRequest(lesson.SourcePath, [.. run.Select(ToRequest)])
        {
            ProgramHidden = withProgram ? [.. run.Select(c => c.Flags.Hide)] : null,
        };
    }

    public static Diagnostic ToDiagnostic(this ExecutionDiagnostic d) =>
        new(d.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, d.Code, new SourceLocation(d.File, d.Line, d.Column), d.Message);

    public static CellResult ToResult(this CellRun run) => new(run.Index, run.Outputs, run.Duration, run.FromCache);
}
