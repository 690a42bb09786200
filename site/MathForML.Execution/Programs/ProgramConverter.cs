namespace MathForML.Execution.Programs;

/// <summary>
/// The expensive part of a lesson project, which the build caches: Program.cs as a template, or why
/// there is none and at which run cell (0-based among the run cells).
/// </summary>
public sealed record ConvertedProgram(string? Template, string? Problem, int? ProblemCell = null);

/// <summary>Converts a lesson's run cells (code and flags alone) into its console program.</summary>
public static class ProgramConverter
{
    /// <summary>
    /// Converts the run cells into Program.cs. (That the result compiles with the SDK, and runs and
    /// prints what the snapshot holds, is what the tests check for every real lesson.)
    /// </summary>
    public static ConvertedProgram Convert(string sourcePath, IReadOnlyList<ProgramCell> runCells, CancellationToken cancellationToken)
    {
        try
        {
            var program = ProgramWriter.Write(sourcePath, runCells, cancellationToken);
            return new ConvertedProgram(program.Template, program.Problem, program.ProblemCell);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug here must cost one download, not the build.
            return new ConvertedProgram(null, $"converting the cells into a program failed ({e.GetType().Name}: {e.Message}); please report this");
        }
    }
}
