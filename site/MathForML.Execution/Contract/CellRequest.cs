using MathForML.Execution.Programs;

namespace MathForML.Execution.Contract;

/// <summary>
/// One cell as the execution engine needs it: code, where its first line stands in the Markdown
/// file (for #line), and its flags. Plain data, so it crosses to a worker process as JSON.
/// An <paramref name="Answer"/> cell's final value becomes an exercise's expected answer
/// (<see cref="MathForML.Cells.Outputs.AnswerOutput"/>) with the fence's <paramref name="Tolerance"/>:
/// converted here, where the value is still a number, not from its displayed text.
/// </summary>
public sealed record CellRequest(int Index, string Code, int Line, int Column, int FenceLine, bool Throws, double TimeoutSeconds,
    bool Answer = false, double? Tolerance = null);

/// <summary>The run cells of one lesson, in order, to execute in one fresh session.</summary>
public sealed record LessonRequest(string SourcePath, IReadOnlyList<CellRequest> Cells)
{
    /// <summary>
    /// Set when the executor should also convert the cells into the lesson's console program once
    /// they have all run: which run cells are hidden (the one flag the program needs that running
    /// does not). An executor that cannot convert cheaply returns no program, and the build converts
    /// the lesson itself.
    /// </summary>
    public IReadOnlyList<bool>? ProgramHidden { get; init; }

    public bool WantsProgram => ProgramHidden is not null;

    /// <summary>The run cells as the program converter reads them (with <see cref="ProgramHidden"/>).</summary>
    public IReadOnlyList<ProgramCell> ProgramCells() =>
        [.. Cells.Select((c, i) => new ProgramCell(c.Code, ProgramHidden is { } hidden && hidden[i], c.Throws) { Answer = c.Answer, Tolerance = c.Tolerance })];
}
