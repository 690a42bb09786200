using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// Checks a statement a lesson makes and prints it as a line of evidence:
/// <c>✓ A(BC) = (AB)C (max error 4.4e-16)</c>. Values agree when the largest absolute difference is
/// within the tolerance (default 1e-12; pass a larger one for large numbers or approximations).
/// A statement that does not hold throws <see cref="CheckFailedException"/>, which fails the build:
/// a lesson never shows a false claim.
/// </summary>
public static class Check
{
    /// <summary>Checks that two matrices agree entry by entry; returns the max error.</summary>
    public static double Close(string statement, Matrix<double> actual, Matrix<double> expected,
        double tolerance = LinearAlgebraChecks.DefaultTolerance) =>
        Report(statement, LinearAlgebraChecks.MaxAbsDiff(actual, expected), tolerance, "max error");

    /// <summary>Checks that two vectors agree entry by entry; returns the max error.</summary>
    public static double Close(string statement, Vector<double> actual, Vector<double> expected,
        double tolerance = LinearAlgebraChecks.DefaultTolerance) =>
        Report(statement, LinearAlgebraChecks.MaxAbsDiff(actual, expected), tolerance, "max error");

    /// <summary>Checks that two sequences agree entry by entry; returns the max error.</summary>
    public static double Close(string statement, IReadOnlyList<double> actual, IReadOnlyList<double> expected,
        double tolerance = LinearAlgebraChecks.DefaultTolerance) =>
        Report(statement, LinearAlgebraChecks.MaxAbsDiff(actual, expected), tolerance, "max error");

    /// <summary>Checks that two numbers agree; returns the error.</summary>
    public static double Close(string statement, double actual, double expected,
        double tolerance = LinearAlgebraChecks.DefaultTolerance) =>
        Report(statement, Math.Abs(actual - expected), tolerance, "error");

    /// <summary>Checks a condition that has no error to report (a rank, a sign, a count).</summary>
    public static void That(string statement, bool condition)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (!condition) throw new CheckFailedException($"✗ {statement}");
        Console.WriteLine($"✓ {statement}");
    }

    /// <summary>An error as lessons print it: two significant digits, e.g. 1.2e-16; exactly 0 as "0".</summary>
    public static string FormatError(double error) =>
        error == 0 ? "0" : error.ToString("0.0e0", CultureInfo.InvariantCulture);

    /// <summary>Prints ✓ with the error, or throws when it exceeds the tolerance (shared by every check helper).</summary>
    internal static double Report(string statement, double error, double tolerance, string label)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (!(error <= tolerance)) // also catches NaN
            throw new CheckFailedException(
                $"✗ {statement}: {label} {FormatError(error)} exceeds the tolerance {FormatError(tolerance)}");
        Console.WriteLine($"✓ {statement} ({label} {FormatError(error)})");
        return error;
    }
}

/// <summary>A statement checked by <see cref="Check"/> does not hold.</summary>
public sealed class CheckFailedException(string message) : Exception(message);
