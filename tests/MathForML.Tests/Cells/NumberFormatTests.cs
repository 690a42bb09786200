using System.Globalization;
using MathForML.Cells.Formatting;

namespace MathForML.Tests.Cells;

public class NumberFormatTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0, "1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(1e21, "1E+21")]
    [InlineData(1e-7, "1E-07")]
    [InlineData(123456789.0, "123456789")]
    public void Format_is_the_shortest_round_trip_text(double value, string expected)
    {
        Assert.Equal(expected, NumberFormat.Format(value));
        Assert.Equal(value, double.Parse(NumberFormat.Format(value), CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0 / 3, "0.333333")]
    [InlineData(2.0 / 3, "0.666667")]
    [InlineData(123456789.0, "1.23457E+08")]
    [InlineData(-1234.5678, "-1234.57")]
    [InlineData(42.0, "42")]
    public void Compact_keeps_six_significant_digits(double value, string expected)
    {
        Assert.Equal(expected, NumberFormat.Compact(value));
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "∞")]
    [InlineData(double.NegativeInfinity, "-∞")]
    [InlineData(0.0, "0")]
    public void Special_values_are_the_same_in_both_formats(double value, string expected)
    {
        Assert.Equal(expected, NumberFormat.Format(value));
        Assert.Equal(expected, NumberFormat.Compact(value));
    }

    [Fact]
    public void Negative_zero_is_written_as_zero()
    {
        Assert.Equal("0", NumberFormat.Format(-0.0));
        Assert.Equal("0", NumberFormat.Compact(-0.0));
    }

    [Fact]
    public void Tiny_negative_numbers_keep_their_sign()
    {
        Assert.Equal("-1E-300", NumberFormat.Format(-1e-300));
        Assert.Equal("-1E-300", NumberFormat.Compact(-1e-300));
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        // A culture with a decimal comma, built by hand because invariant globalization has no "de-DE".
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NegativeSign = "~";
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = comma;
            Assert.Equal("-1234.5", NumberFormat.Format(-1234.5));
            Assert.Equal("-1234.5", NumberFormat.Compact(-1234.5));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
