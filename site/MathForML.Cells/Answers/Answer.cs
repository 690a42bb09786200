using MathForML.Cells.Outputs;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Cells.Answers;

/// <summary>
/// The expected answer of a checked exercise, for an <c>answer</c> cell that needs more than its
/// value says: a choice among options, or a tolerance of its own. A cell that ends in a plain number,
/// vector or matrix needs none of this (<see cref="AnswerValue.From"/> converts it).
/// </summary>
public static class Answer
{
    /// <summary>A number; <paramref name="tolerance"/> is absolute (default: 0.1% of the value, at least 0.001).</summary>
    public static AnswerOutput Number(double value, double? tolerance = null) =>
        new(AnswerKind.Number, [Finite(value)]) { Tolerance = CheckedTolerance(tolerance) };

    /// <summary>A vector, entry by entry: a <c>Vector&lt;double&gt;</c>, a <c>double[]</c> or any sequence of numbers.</summary>
    public static AnswerOutput Vector(IEnumerable<double> values, double? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] entries = [.. values.Select(Finite)];
        if (entries.Length == 0) throw new ArgumentException("an answer vector needs at least one entry", nameof(values));
        return new AnswerOutput(AnswerKind.Vector, entries) { Columns = entries.Length, Tolerance = CheckedTolerance(tolerance) };
    }

    /// <summary>A matrix given as a 2-D array.</summary>
    public static AnswerOutput Matrix(double[,] values, double? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        int rows = values.GetLength(0), columns = values.GetLength(1);
        if (rows == 0 || columns == 0) throw new ArgumentException("an answer matrix needs at least one entry", nameof(values));
        var entries = new double[rows * columns];
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++) entries[i * columns + j] = Finite(values[i, j]);
        return new AnswerOutput(AnswerKind.Matrix, entries) { Rows = rows, Columns = columns, Tolerance = CheckedTolerance(tolerance) };
    }

    /// <summary>A MathNet matrix.</summary>
    public static AnswerOutput Matrix(Matrix<double> values, double? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Matrix(values.ToArray(), tolerance);
    }

    /// <summary>
    /// One option among several, shown as radio buttons in this order; <paramref name="correct"/> must
    /// be one of the options, so a typo in it fails the build instead of publishing a wrong key.
    /// </summary>
    public static AnswerOutput Choice(IReadOnlyList<string> options, string correct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(correct);
        if (options.Count < 2) throw new ArgumentException("a choice needs at least two options", nameof(options));
        if (options.Any(string.IsNullOrWhiteSpace)) throw new ArgumentException("every option of a choice needs some text", nameof(options));
        if (options.Distinct(StringComparer.Ordinal).Count() != options.Count) throw new ArgumentException("the options of a choice must differ", nameof(options));
        var index = options.ToList().IndexOf(correct);
        if (index < 0)
            throw new ArgumentException($"the correct option \"{correct}\" is not one of the options: {string.Join(", ", options.Select(o => $"\"{o}\""))}", nameof(correct));
        return new AnswerOutput(AnswerKind.Choice, []) { Options = [.. options], Correct = index, Columns = 0 };
    }

    private static double Finite(double value) =>
        double.IsFinite(value) ? value : throw new ArgumentException($"an expected answer must be a finite number, not {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

    internal static double? CheckedTolerance(double? tolerance) =>
        tolerance is null or (>= 0 and < double.PositiveInfinity) ? tolerance
            : throw new ArgumentException("a tolerance must be a finite number of at least 0", nameof(tolerance));
}
