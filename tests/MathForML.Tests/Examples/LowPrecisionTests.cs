using MathForML.Examples;

namespace MathForML.Tests.Examples;

public class LowPrecisionTests
{
    [Fact]
    public void Half_has_its_documented_range_and_rounding()
    {
        Assert.Equal(65504, LowPrecision.ToHalf(65504));
        Assert.Equal(65504, LowPrecision.ToHalf(65519));
        Assert.True(double.IsPositiveInfinity(LowPrecision.ToHalf(65520)));
        Assert.Equal(1 + LowPrecision.HalfEpsilon, LowPrecision.ToHalf(1 + LowPrecision.HalfEpsilon));
        Assert.Equal(1, LowPrecision.ToHalf(1 + LowPrecision.HalfEpsilon / 2)); // tie to even
        Assert.Equal(2048, LowPrecision.ToHalf(2049));                           // spacing 2 above 2048
        Assert.Equal(LowPrecision.HalfMinNormal, Math.Pow(2, -14));
    }

    [Fact]
    public void BFloat16_keeps_float32_range_with_8_significant_bits()
    {
        Assert.Equal(256, LowPrecision.ToBFloat16(257));                 // tie to even
        Assert.Equal(260, LowPrecision.ToBFloat16(259));                 // tie to even, upwards
        Assert.Equal(1, LowPrecision.ToBFloat16(1 + LowPrecision.BFloat16Epsilon / 2));
        Assert.Equal(1 + LowPrecision.BFloat16Epsilon, LowPrecision.ToBFloat16(1 + LowPrecision.BFloat16Epsilon));
        Assert.Equal(3.140625, LowPrecision.ToBFloat16(Math.PI));
        Assert.Equal(1e38, LowPrecision.ToBFloat16(1e38), 1e36);
        Assert.True(double.IsPositiveInfinity(LowPrecision.ToBFloat16(3.4e38)));
        Assert.True(double.IsNaN(LowPrecision.ToBFloat16(double.NaN)));
    }
}
