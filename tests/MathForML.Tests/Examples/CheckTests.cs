using MathForML.Examples;
using MathForML.Tests.Support;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

// Check writes to Console.Out, which is process-wide: these tests swap it, so they must not run in
// parallel with each other (xunit runs one collection at a time per collection).
[Collection(nameof(ConsoleCollection))]
public class CheckTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.2345e-16, "1.2e-16")]
    [InlineData(2.5e-3, "2.5e-3")]
    [InlineData(1e-12, "1.0e-12")]
    [InlineData(3.0, "3.0e0")]
    public void FormatError_shows_two_significant_digits(double error, string expected) =>
        Assert.Equal(expected, Check.FormatError(error));

    [Fact]
    public void A_statement_that_holds_prints_a_tick_and_the_error()
    {
        var a = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0 }, { 3.0, 4.0 } });
        double error = -1;
        var text = ConsoleCapture.Of(() => error = Check.Close("A + A = 2A", a + a, 2 * a));

        Assert.Equal("✓ A + A = 2A (max error 0)\n", text);
        Assert.Equal(0.0, error);
    }

    [Fact]
    public void Scalars_report_error_not_max_error()
    {
        var text = ConsoleCapture.Of(() => Check.Close("0.1 + 0.2 ≈ 0.3", 0.1 + 0.2, 0.3));
        Assert.Equal("✓ 0.1 + 0.2 ≈ 0.3 (error 5.6e-17)\n", text);
    }

    [Fact]
    public void A_statement_that_fails_throws_and_prints_nothing()
    {
        var v = Vector<double>.Build.Dense([1.0, 2.0]);
        CheckFailedException? ex = null;
        var text = ConsoleCapture.Of(() => ex = Assert.Throws<CheckFailedException>(
            () => Check.Close("v = 2v", v, 2 * v)));

        Assert.Equal("", text);
        Assert.Equal("✗ v = 2v: max error 2.0e0 exceeds the tolerance 1.0e-12", ex!.Message);
    }

    [Fact]
    public void NaN_fails_the_check()
    {
        Assert.Throws<CheckFailedException>(() => Check.Close("NaN = NaN", double.NaN, double.NaN));
    }

    [Fact]
    public void A_custom_tolerance_is_respected()
    {
        var text = ConsoleCapture.Of(() => Check.Close("π ≈ 22/7", 22.0 / 7, Math.PI, tolerance: 1e-2));
        Assert.Equal("✓ π ≈ 22/7 (error 1.3e-3)\n", text);
        Assert.Throws<CheckFailedException>(() => Check.Close("π ≈ 22/7", 22.0 / 7, Math.PI));
    }

    [Fact]
    public void That_checks_a_condition()
    {
        Assert.Equal("✓ rank is 2\n", ConsoleCapture.Of(() => Check.That("rank is 2", true)));
        var ex = Assert.Throws<CheckFailedException>(() => Check.That("rank is 3", false));
        Assert.Equal("✗ rank is 3", ex.Message);
    }
}
