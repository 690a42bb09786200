namespace MathForML.Cells.Formatting;

/// <summary>How much of a large value a page shows. Kept together so the rules are easy to compare.</summary>
internal static class Limits
{
    // Matrices: 12 rows fit on a screen; beyond that show 6 + ⋮ + 5. Likewise 10 columns → 5 + … + 4.
    public const int MatrixRows = 12, MatrixHeadRows = 6, MatrixTailRows = 5;
    public const int MatrixColumns = 10, MatrixHeadColumns = 5, MatrixTailColumns = 4;

    // Vectors are one row, so they can be a little wider.
    public const int VectorLength = 16, VectorHead = 8, VectorTail = 7;

    // Tables of records.
    public const int TableRows = 50, TableHeadRows = 25, TableTailRows = 24;

    /// <summary>Items of a sequence written out as text, e.g. <c>[1, 2, 3]</c>.</summary>
    public const int SequenceItems = 100;

    /// <summary>Items of a collection shown inside a table cell.</summary>
    public const int CellItems = 8;

    /// <summary>Nesting depth of collections inside a cell before they are written as "…".</summary>
    public const int CellDepth = 3;

    /// <summary>
    /// Items read from a lazy sequence at most. A cell may display an endless generator by mistake; the
    /// build must still finish, so reading stops here and the caption says "more than".
    /// </summary>
    public const int EnumeratedItems = 100_000;
}
