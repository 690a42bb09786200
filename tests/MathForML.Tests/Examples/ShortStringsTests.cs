using MathForML.Examples;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class ShortStringsTests
{
    [Theory]
    [InlineData(2.0, 4, "2")]
    [InlineData(1.0 / 3, 4, "0.3333")]
    [InlineData(-1.5, 4, "-1.5")]
    [InlineData(-1e-9, 4, "0")]
    [InlineData(2.71828, 2, "2.72")]
    [InlineData(2.5, 0, "3")]
    [InlineData(1234567.0, 2, "1234567")]
    [InlineData(double.NaN, 4, "NaN")]
    public void Numbers(double value, int decimals, string expected) =>
        Assert.Equal(expected, value.ToShortString(decimals));

    [Fact]
    public void Negative_zero_prints_as_zero() => Assert.Equal("0", (-0.0).ToShortString());

    [Fact]
    public void Vectors_and_matrices()
    {
        Assert.Equal("(1, -0.5, 0.3333)", Vector<double>.Build.Dense([1, -0.5, 1.0 / 3]).ToShortString());
        var m = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0 }, { 3.0, 4.25 } });
        Assert.Equal("[[1, 2], [3, 4.25]]", m.ToShortString());
        Assert.Equal("[[1, 2], [3, 4.3]]", m.ToShortString(1));
    }
}
