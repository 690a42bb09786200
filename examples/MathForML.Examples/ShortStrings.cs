using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// One-line text forms for vectors and matrices in printed sentences, such as
/// <c>Console.WriteLine($"Ax = {(a * x).ToShortString()}")</c> → <c>Ax = (1, -0.5)</c>.
/// Entries are rounded to a number of decimals, trailing zeros dropped, −0 shown as 0, invariant culture.
/// (To show a whole matrix as a table, display it instead.)
/// </summary>
public static class ShortStrings
{
    /// <summary>A number rounded to <paramref name="decimals"/> decimals: 2, 0.3333, -1.5.</summary>
    public static string ToShortString(this double value, int decimals = 4)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        if (double.IsNaN(value) || double.IsInfinity(value)) return value.ToString(CultureInfo.InvariantCulture);
        var rounded = Math.Round(value, Math.Min(decimals, 15), MidpointRounding.AwayFromZero);
        if (rounded == 0) return "0"; // also turns -0 into 0
        var format = decimals == 0 ? "0" : "0." + new string('#', decimals);
        return rounded.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>A vector as <c>(x₁, x₂, …)</c>.</summary>
    public static string ToShortString(this Vector<double> vector, int decimals = 4)
    {
        ArgumentNullException.ThrowIfNull(vector);
        return "(" + string.Join(", ", vector.Select(x => x.ToShortString(decimals))) + ")";
    }

    /// <summary>A matrix row by row as <c>[[a, b], [c, d]]</c>.</summary>
    public static string ToShortString(this Matrix<double> matrix, int decimals = 4)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var rows = matrix.EnumerateRows().Select(r => "[" + string.Join(", ", r.Select(x => x.ToShortString(decimals))) + "]");
        return "[" + string.Join(", ", rows) + "]";
    }
}
