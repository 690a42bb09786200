using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// Finite-difference derivatives for checking hand-derived ones. Central differences,
/// (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h, have a truncation error of order h² and a rounding error of order
/// ε/h (ε ≈ 1.1e-16), so the default step h = 1e-5 balances them at about 1e-10 relative to the size of
/// the function. Compare results with <see cref="RelativeError(Vector{double}, Vector{double})"/>;
/// <see cref="Compare(string, Matrix{double}, Matrix{double}, double)"/> prints the comparison as a
/// line of evidence, like <see cref="Check"/>, and fails the build when the derivative is wrong.
/// </summary>
public static class GradientCheck
{
    /// <summary>The default step of the central differences.</summary>
    public const double DefaultStep = 1e-5;

    /// <summary>The default largest relative error accepted by <c>Compare</c>.</summary>
    public const double DefaultTolerance = 1e-7;

    /// <summary>∇f(x) by central differences, one coordinate at a time (2n evaluations of f).</summary>
    public static Vector<double> NumericalGradient(Func<Vector<double>, double> f, Vector<double> x, double h = DefaultStep)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        CheckStep(h);
        var gradient = Vector<double>.Build.Dense(x.Count);
        var probe = x.Clone();
        for (var i = 0; i < x.Count; i++)
        {
            probe[i] = x[i] + h;
            var up = f(probe);
            probe[i] = x[i] - h;
            var down = f(probe);
            probe[i] = x[i];
            gradient[i] = (up - down) / (2 * h);
        }
        return gradient;
    }

    /// <summary>
    /// The gradient of a scalar function of a matrix, entry by entry: G[i, j] ≈ ∂f/∂X[i, j]. It has the
    /// shape of X, the layout in which f(X + H) ≈ f(X) + Σᵢⱼ G[i, j]·H[i, j] = f(X) + tr(GᵀH).
    /// </summary>
    public static Matrix<double> NumericalGradient(Func<Matrix<double>, double> f, Matrix<double> x, double h = DefaultStep)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        CheckStep(h);
        var gradient = Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount);
        var probe = x.Clone();
        for (var i = 0; i < x.RowCount; i++)
            for (var j = 0; j < x.ColumnCount; j++)
            {
                var original = x[i, j];
                probe[i, j] = original + h;
                var up = f(probe);
                probe[i, j] = original - h;
                var down = f(probe);
                probe[i, j] = original;
                gradient[i, j] = (up - down) / (2 * h);
            }
        return gradient;
    }

    /// <summary>The Jacobian J[i, j] ≈ ∂fᵢ/∂xⱼ of a vector function, one central difference per column.</summary>
    public static Matrix<double> NumericalJacobian(Func<Vector<double>, Vector<double>> f, Vector<double> x, double h = DefaultStep)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        CheckStep(h);
        var probe = x.Clone();
        var columns = new Vector<double>[x.Count];
        for (var j = 0; j < x.Count; j++)
        {
            probe[j] = x[j] + h;
            var up = f(probe);
            probe[j] = x[j] - h;
            var down = f(probe);
            probe[j] = x[j];
            columns[j] = (up - down) / (2 * h);
        }
        return Matrix<double>.Build.DenseOfColumnVectors(columns);
    }

    /// <summary>
    /// The Hessian ∂²f/∂xᵢ∂xⱼ from function values only, by the four-point central formula
    /// [f(x+hᵢ+hⱼ) − f(x+hᵢ−hⱼ) − f(x−hᵢ+hⱼ) + f(x−hᵢ−hⱼ)] / 4h². Rounding error grows like ε/h², hence the
    /// larger default step; expect about 1e-7 relative accuracy. The result is symmetric by construction.
    /// </summary>
    public static Matrix<double> NumericalHessian(Func<Vector<double>, double> f, Vector<double> x, double h = 1e-4)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        CheckStep(h);
        var n = x.Count;
        var hessian = Matrix<double>.Build.Dense(n, n);
        var probe = x.Clone();
        double At(int i, double si, int j, double sj)
        {
            probe[i] += si;
            probe[j] += sj;
            var value = f(probe);
            probe[i] = x[i];
            probe[j] = x[j];
            return value;
        }
        for (var i = 0; i < n; i++)
            for (var j = i; j < n; j++)
            {
                var value = (At(i, h, j, h) - At(i, h, j, -h) - At(i, -h, j, h) + At(i, -h, j, -h)) / (4 * h * h);
                hessian[i, j] = value;
                hessian[j, i] = value;
            }
        return hessian;
    }

    /// <summary>‖a − b‖ / max(‖a‖, ‖b‖) in the Euclidean norm; 0 when both are zero, NaN when either has a NaN.</summary>
    public static double RelativeError(Vector<double> a, Vector<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count) throw new ArgumentException($"Lengths differ: {a.Count} and {b.Count}.", nameof(b));
        return Relative((a - b).L2Norm(), a.L2Norm(), b.L2Norm());
    }

    /// <summary>‖A − B‖_F / max(‖A‖_F, ‖B‖_F); 0 when both are zero, NaN when either has a NaN.</summary>
    public static double RelativeError(Matrix<double> a, Matrix<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.RowCount != b.RowCount || a.ColumnCount != b.ColumnCount)
            throw new ArgumentException($"Shapes differ: {a.RowCount}×{a.ColumnCount} and {b.RowCount}×{b.ColumnCount}.", nameof(b));
        return Relative((a - b).FrobeniusNorm(), a.FrobeniusNorm(), b.FrobeniusNorm());
    }

    /// <summary>Checks an analytic derivative against a numerical one and prints
    /// <c>✓ statement (relative error 3.1e-11)</c>; throws <see cref="CheckFailedException"/> above the tolerance.</summary>
    public static double Compare(string statement, Vector<double> analytic, Vector<double> numerical,
        double tolerance = DefaultTolerance) =>
        Check.Report(statement, RelativeError(analytic, numerical), tolerance, "relative error");

    /// <inheritdoc cref="Compare(string, Vector{double}, Vector{double}, double)"/>
    public static double Compare(string statement, Matrix<double> analytic, Matrix<double> numerical,
        double tolerance = DefaultTolerance) =>
        Check.Report(statement, RelativeError(analytic, numerical), tolerance, "relative error");

    private static double Relative(double difference, double normA, double normB)
    {
        var scale = Math.Max(normA, normB);
        if (double.IsNaN(difference) || double.IsNaN(scale)) return double.NaN;
        return scale == 0 ? 0 : difference / scale;
    }

    private static void CheckStep(double h)
    {
        if (!(h > 0) || double.IsInfinity(h)) throw new ArgumentOutOfRangeException(nameof(h), h, "The step must be positive and finite.");
    }
}
