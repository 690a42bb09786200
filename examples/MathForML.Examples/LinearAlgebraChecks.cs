using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// Numerical comparisons for lessons that check an identity: the largest absolute difference between
/// two matrices, vectors or sequences, and whether it stays within a tolerance. A NaN anywhere makes
/// the difference NaN and the comparison false, so a broken computation never passes by accident.
/// </summary>
public static class LinearAlgebraChecks
{
    /// <summary>The tolerance lessons use for identities between O(1) numbers: a few thousand ulps.</summary>
    public const double DefaultTolerance = 1e-12;

    /// <summary>max over i, j of |a[i, j] − b[i, j]|. The matrices must have the same shape.</summary>
    public static double MaxAbsDiff(Matrix<double> a, Matrix<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.RowCount != b.RowCount || a.ColumnCount != b.ColumnCount)
            throw new ArgumentException($"Shapes differ: {a.RowCount}×{a.ColumnCount} and {b.RowCount}×{b.ColumnCount}.", nameof(b));
        var max = 0.0;
        for (var i = 0; i < a.RowCount; i++)
            for (var j = 0; j < a.ColumnCount; j++)
                max = Math.Max(max, Math.Abs(a[i, j] - b[i, j]));
        return max;
    }

    /// <summary>max over i of |a[i] − b[i]|. The vectors must have the same length.</summary>
    public static double MaxAbsDiff(Vector<double> a, Vector<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return MaxAbsDiff((IReadOnlyList<double>)a.ToArray(), b.ToArray());
    }

    /// <summary>max over i of |a[i] − b[i]| for two sequences of the same length.</summary>
    public static double MaxAbsDiff(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
            throw new ArgumentException($"Lengths differ: {a.Count} and {b.Count}.", nameof(b));
        var max = 0.0;
        for (var i = 0; i < a.Count; i++)
            max = Math.Max(max, Math.Abs(a[i] - b[i]));
        return max;
    }

    /// <summary>|a − b| ≤ tolerance (absolute). False when either is NaN.</summary>
    public static bool IsClose(double a, double b, double tolerance = DefaultTolerance) =>
        Math.Abs(a - b) <= tolerance;

    /// <summary>Every entry of <paramref name="a"/> within <paramref name="tolerance"/> of <paramref name="b"/>.</summary>
    public static bool IsClose(Matrix<double> a, Matrix<double> b, double tolerance = DefaultTolerance) =>
        MaxAbsDiff(a, b) <= tolerance;

    /// <summary>Every entry of <paramref name="a"/> within <paramref name="tolerance"/> of <paramref name="b"/>.</summary>
    public static bool IsClose(Vector<double> a, Vector<double> b, double tolerance = DefaultTolerance) =>
        MaxAbsDiff(a, b) <= tolerance;

    /// <summary>A = Aᵀ to within the tolerance. A non-square matrix is never symmetric.</summary>
    public static bool IsSymmetric(Matrix<double> a, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.RowCount == a.ColumnCount && MaxAbsDiff(a, a.Transpose()) <= tolerance;
    }

    /// <summary>The columns of Q are orthonormal: QᵀQ = I to within the tolerance.</summary>
    public static bool HasOrthonormalColumns(Matrix<double> q, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(q);
        var gram = q.TransposeThisAndMultiply(q);
        return MaxAbsDiff(gram, Matrix<double>.Build.DenseIdentity(q.ColumnCount)) <= tolerance;
    }
}
