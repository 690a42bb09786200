using Markdig.Syntax;

namespace MathForML.Generator.Model;

/// <summary>
/// A <c>csharp run</c> code block of a lesson. <see cref="CodeLocation"/> is the Markdown line of the
/// first line of code, so compiler and runtime positions inside the cell map back to the file.
/// </summary>
public sealed record Cell(int Index, string Code, CellFlags Flags, SourceLocation FenceLocation, SourceLocation CodeLocation, FencedCodeBlock Block)
{
    /// <summary>For an answer cell, the number of the exercise it answers (its <c>[!EXERCISE]</c> callouts counted from 1).</summary>
    public int? Exercise { get; init; }
}
