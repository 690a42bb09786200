using Complex = System.Numerics.Complex;
using MathForML.Cells.Outputs;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Cells.Formatting;

/// <summary>
/// Matrices, 2-D arrays and vectors as tables with their indices as headers, large ones elided in the
/// middle so that the corners (where readers check a result) stay visible.
/// </summary>
internal static class GridTable
{
    private const string RowGap = "⋮";
    private const string ColumnGap = "…";

    /// <summary>A MathNet matrix of any element type MathNet provides; null for anything else.</summary>
    public static TableOutput? FromMatrix(object value) => value switch
    {
        Matrix<double> m => MatrixTable(m, NumberFormat.Compact),
        Matrix<float> m => MatrixTable(m, x => NumberFormat.Compact(x)),
        Matrix<Complex> m => MatrixTable(m, x => ValueText.Cell(x)),
        Matrix<Complex32> m => MatrixTable(m, x => ValueText.Cell(x)),
        _ => null,
    };

    /// <summary>A MathNet vector of any element type MathNet provides; null for anything else.</summary>
    public static TableOutput? FromVector(object value) => value switch
    {
        Vector<double> v => VectorTable("Vector", v, NumberFormat.Compact),
        Vector<float> v => VectorTable("Vector<float>", v, x => NumberFormat.Compact(x)),
        Vector<Complex> v => VectorTable("Vector<Complex>", v, x => ValueText.Cell(x)),
        Vector<Complex32> v => VectorTable("Vector<Complex32>", v, x => ValueText.Cell(x)),
        _ => null,
    };

    /// <summary>A rectangular array such as <c>double[,]</c>, captioned "double[3×4]".</summary>
    public static TableOutput FromArray(Array array) =>
        Grid(ValueText.ArrayCaption(array), array.GetLength(0), array.GetLength(1), (i, j) => ValueText.Cell(array.GetValue(i, j)));

    private static TableOutput MatrixTable<T>(Matrix<T> matrix, Func<T, string> cell)
        where T : struct, IEquatable<T>, IFormattable =>
        Grid(ValueText.MatrixCaption(matrix), matrix.RowCount, matrix.ColumnCount, (i, j) => cell(matrix.At(i, j)));

    private static TableOutput VectorTable<T>(string kind, Vector<T> vector, Func<T, string> cell)
        where T : struct, IEquatable<T>, IFormattable
    {
        var indices = Elision.Indices(vector.Count, Limits.VectorLength, Limits.VectorHead, Limits.VectorTail);
        var columns = indices.Select(j => j is { } index ? ValueText.Integer(index) : ColumnGap).ToArray();
        var row = indices.Select(j => j is { } index ? cell(vector.At(index)) : ColumnGap).ToArray();
        return new TableOutput($"{kind} {ValueText.Integer(vector.Count)}", columns, [row]);
    }

    /// <summary>The shared shape: a blank corner, column indices across, row indices down the first column.</summary>
    private static TableOutput Grid(string caption, int rowCount, int columnCount, Func<int, int, string> cell)
    {
        var rowIndices = Elision.Indices(rowCount, Limits.MatrixRows, Limits.MatrixHeadRows, Limits.MatrixTailRows);
        var columnIndices = Elision.Indices(columnCount, Limits.MatrixColumns, Limits.MatrixHeadColumns, Limits.MatrixTailColumns);

        var columns = new List<string> { "" };
        columns.AddRange(columnIndices.Select(j => j is { } index ? ValueText.Integer(index) : ColumnGap));

        var rows = new List<IReadOnlyList<string>>(rowIndices.Count);
        foreach (var i in rowIndices)
        {
            if (i is not { } rowIndex)
            {
                rows.Add(Enumerable.Repeat(RowGap, columns.Count).ToArray());
                continue;
            }
            var row = new List<string>(columns.Count) { ValueText.Integer(rowIndex) };
            row.AddRange(columnIndices.Select(j => j is { } columnIndex ? cell(rowIndex, columnIndex) : ColumnGap));
            rows.Add(row);
        }
        return new TableOutput(caption, columns, rows) { RowHeaders = true };
    }
}
