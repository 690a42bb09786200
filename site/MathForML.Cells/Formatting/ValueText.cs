using System.Collections;
using System.Globalization;
using Complex = System.Numerics.Complex;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Cells.Formatting;

/// <summary>Text of single values: in full for a displayed value, compact for a table cell.</summary>
internal static class ValueText
{
    /// <summary>A displayed value in full: numbers round-trip, anything formattable in the invariant culture.</summary>
    public static string Full(object value) => value switch
    {
        double d => NumberFormat.Format(d),
        float f => NumberFormat.FormatSingle(f),
        Complex c => ComplexText(NumberFormat.Format(c.Real), c.Imaginary < 0, NumberFormat.Format(Math.Abs(c.Imaginary))),
        Complex32 c => ComplexText(NumberFormat.FormatSingle(c.Real), c.Imaginary < 0, NumberFormat.FormatSingle(Math.Abs(c.Imaginary))),
        _ => Plain(value),
    };

    /// <summary>A table cell: numbers to 6 significant digits, collections as short text, null as "null".</summary>
    public static string Cell(object? value, int depth = 0) => value switch
    {
        null => "null",
        string s => s,
        double d => NumberFormat.Compact(d),
        float f => NumberFormat.Compact(f),
        Complex c => ComplexText(NumberFormat.Compact(c.Real), c.Imaginary < 0, NumberFormat.Compact(Math.Abs(c.Imaginary))),
        Complex32 c => ComplexText(NumberFormat.Compact(c.Real), c.Imaginary < 0, NumberFormat.Compact(Math.Abs(c.Imaginary))),
        Matrix<double> or Matrix<float> or Matrix<Complex> or Matrix<Complex32> => MatrixCaption(value),
        Array { Rank: > 1 } array => ArrayCaption(array),
        IEnumerable sequence => Sequence(sequence, Limits.CellItems, depth),
        _ => Plain(value),
    };

    /// <summary>
    /// A sequence as <c>[1, 2.5, 3]</c>; past <paramref name="limit"/> items it ends <c>, …] (n items)</c>.
    /// Strings inside are quoted so that empty strings and commas stay visible.
    /// </summary>
    public static string Sequence(IEnumerable sequence, int limit, int depth = 0) =>
        depth >= Limits.CellDepth ? "[…]" : Sequence(SequenceReader.Read(sequence, limit), limit, depth);

    /// <inheritdoc cref="Sequence(IEnumerable, int, int)"/>
    public static string Sequence(SequenceReader.Result read, int limit, int depth = 0)
    {
        var text = "[" + string.Join(", ", read.Items.Take(limit).Select(item => Item(item, depth + 1)));
        if (read.Count <= limit && !read.More) return text + "]";
        var total = read.More ? $"more than {Integer(read.Count)}" : Integer(read.Count);
        return $"{text}, …] ({total} items)";
    }

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string MatrixCaption(object matrix) => matrix switch
    {
        Matrix<double> m => $"Matrix {Integer(m.RowCount)}×{Integer(m.ColumnCount)}",
        Matrix<float> m => $"Matrix<float> {Integer(m.RowCount)}×{Integer(m.ColumnCount)}",
        Matrix<Complex> m => $"Matrix<Complex> {Integer(m.RowCount)}×{Integer(m.ColumnCount)}",
        Matrix<Complex32> m => $"Matrix<Complex32> {Integer(m.RowCount)}×{Integer(m.ColumnCount)}",
        _ => TypeNames.Of(matrix.GetType()),
    };

    /// <summary>"double[3×4]": the element type and the shape, the way the lessons write dimensions.</summary>
    public static string ArrayCaption(Array array) =>
        TypeNames.Of(array.GetType().GetElementType()!) + "["
        + string.Join("×", Enumerable.Range(0, array.Rank).Select(d => Integer(array.GetLength(d)))) + "]";

    /// <summary>An item inside a sequence's text: like a cell, but strings and chars are quoted.</summary>
    private static string Item(object? value, int depth) => value switch
    {
        string s => Quote(s, '"'),
        char c => Quote(c.ToString(), '\''),
        _ => Cell(value, depth),
    };

    private static string Plain(object value) => value switch
    {
        bool b => b ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>a + bi, the way the lessons write complex numbers (System.Numerics writes "&lt;a; b&gt;").</summary>
    private static string ComplexText(string real, bool negativeImaginary, string imaginaryMagnitude) =>
        $"{real} {(negativeImaginary ? '-' : '+')} {imaginaryMagnitude}i";

    private static string Quote(string text, char quote) =>
        quote + text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(quote.ToString(), "\\" + quote, StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\t", "\\t", StringComparison.Ordinal) + quote;
}
