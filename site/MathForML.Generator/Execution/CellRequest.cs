namespace MathForML.Generator.Execution;

/// <summary>
/// One cell as the execution engine needs it: code, where its first line stands in the Markdown
/// file (for #line), and its flags. Plain data, so it crosses to a worker process as JSON.
/// </summary>
public sealed record CellRequest(int Index, string Code, int Line, int Column, int FenceLine, bool Throws, double TimeoutSeconds)
{
    public static CellRequest From(Model.Cell cell) => new(
        cell.Index, cell.Code, cell.CodeLocation.Line, cell.CodeLocation.Column, cell.FenceLocation.Line,
        cell.Flags.Throws, cell.Flags.Timeout.TotalSeconds);
}

/// <summary>The run cells of one lesson, in order, to execute in one fresh session.</summary>
public sealed record LessonRequest(string SourcePath, IReadOnlyList<CellRequest> Cells)
{
    /// <summary>
    /// Set when the worker should also convert the cells into the lesson's console program once they
    /// have all run: which run cells are hidden (the one flag the program needs that running does not).
    /// </summary>
    public IReadOnlyList<bool>? ProgramHidden { get; init; }

    /// <summary>The run cells as the program converter reads them (with <see cref="ProgramHidden"/>).</summary>
    public IReadOnlyList<LessonProjects.ProgramCell> ProgramCells() =>
        [.. Cells.Select((c, i) => new LessonProjects.ProgramCell(c.Code, ProgramHidden is { } hidden && hidden[i], c.Throws))];

    public static LessonRequest From(Model.Lesson lesson) =>
        new(lesson.SourcePath, [.. lesson.Cells.Where(c => c.Flags.Run).Select(CellRequest.From)]);
}
