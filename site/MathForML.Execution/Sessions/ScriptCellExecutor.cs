using System.Globalization;
using MathForML.Execution.Contract;

namespace MathForML.Execution.Sessions;

/// <summary>
/// Runs a lesson's cells inside the current process. Fast to start and used by the worker process
/// itself and by unit tests; a cell that loops forever is reported at its time limit but keeps its
/// thread, so builds use <see cref="Workers.WorkerPool"/>, which can kill a runaway cell.
/// </summary>
public sealed class ScriptCellExecutor : ICellExecutor
{
    public async Task<LessonExecution> ExecuteAsync(LessonRequest request, CancellationToken cancellationToken)
    {
        var session = new CellSession(request.SourcePath);
        session.Prepare(request.Cells, cancellationToken);
        var results = new List<CellRun>();
        var diagnostics = new List<ExecutionDiagnostic>();
        foreach (var cell in request.Cells)
        {
            var run = session.RunAsync(cell, cancellationToken);
            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(cell.TimeoutSeconds), cancellationToken));
            if (finished != run)
            {
                diagnostics.Add(Timeouts.Diagnostic(request.SourcePath, cell));
                break;
            }
            var outcome = await run;
            diagnostics.AddRange(outcome.Diagnostics);
            if (outcome.Failed) break;
            results.Add(new CellRun(cell.Index, outcome.Outputs, TimeSpan.FromMilliseconds(outcome.Milliseconds)));
        }
        return new LessonExecution(results, diagnostics);
    }
}

/// <summary>The diagnostic for a cell over its time limit, the same in and out of process.</summary>
public static class Timeouts
{
    public static ExecutionDiagnostic Diagnostic(string sourcePath, CellRequest cell) =>
        ExecutionDiagnostic.Error(ExecutionCodes.CellTimedOut, sourcePath, cell.FenceLine, 1,
            $"cell did not finish within {cell.TimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s (raise the limit with timeout=SECONDS on the code fence)");
}
