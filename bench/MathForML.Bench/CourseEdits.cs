namespace MathForML.Bench;

/// <summary>
/// The edits the rebuild scenarios make to lesson 01, shared by the classic and the scale scenarios so
/// that both measure the same change. Each checks that its anchor text is still in the lesson: a
/// replacement that matched nothing would time a no-op rebuild under an edit's name.
/// </summary>
public static class CourseEdits
{
    public const string Lesson = "01_Vectors_and_Matrices.md";

    private const string Sentence = "Open any model and you find vectors and matrices.";
    private const string CellLine = "var M = Matrix<double>.Build;";

    /// <summary>A sentence added to a paragraph: the page changes, no cell does.</summary>
    public static string Prose(string original, string tag) => Replace(original, Sentence, $"{Sentence} ({tag}.)");

    /// <summary>
    /// A statement added to one cell: the lesson's cells run again. Each run needs a statement of its
    /// own: a cell text seen before would be found in the cache and not run.
    /// </summary>
    public static string Cell(string original, string statement) => Replace(original, CellLine, $"{CellLine} {statement}");

    private static string Replace(string text, string anchor, string replacement) =>
        text.Contains(anchor, StringComparison.Ordinal)
            ? text.Replace(anchor, replacement, StringComparison.Ordinal)
            : throw new InvalidOperationException($"'{anchor}' is no longer in {Lesson}: update the benchmark's edits (bench/MathForML.Bench/CourseEdits.cs)");
}
