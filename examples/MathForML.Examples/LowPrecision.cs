namespace MathForML.Examples;

/// <summary>
/// The floating-point formats of deep learning, simulated on doubles: float16 (IEEE binary16: 5 exponent
/// bits, 10 fraction bits) through <see cref="Half"/>, and bfloat16 (8 exponent bits like float32, 7
/// fraction bits) by rounding a float32's bit pattern to its top 16 bits, to nearest with ties to even.
/// <c>LowPrecision.ToBFloat16(x)</c> returns the double that bfloat16 stores for x.
/// </summary>
public static class LowPrecision
{
    /// <summary>The largest finite float16, (2 − 2⁻¹⁰)·2¹⁵ = 65504.</summary>
    public const double HalfMax = 65504;

    /// <summary>The smallest positive normal float16, 2⁻¹⁴ ≈ 6.1e-5.</summary>
    public const double HalfMinNormal = 6.103515625e-05;

    /// <summary>The gap from 1 to the next float16, 2⁻¹⁰.</summary>
    public const double HalfEpsilon = 0.0009765625;

    /// <summary>The largest finite bfloat16, (2 − 2⁻⁷)·2¹²⁷ ≈ 3.39e38.</summary>
    public static readonly double BFloat16Max = (2 - Math.Pow(2, -7)) * Math.Pow(2, 127);

    /// <summary>The gap from 1 to the next bfloat16, 2⁻⁷.</summary>
    public const double BFloat16Epsilon = 0.0078125;

    /// <summary>x rounded to float16 and back: round to nearest even, ±∞ beyond 65520, subnormals below 2⁻¹⁴.</summary>
    public static double ToHalf(double x) => (double)(Half)x;

    /// <summary>
    /// x rounded to bfloat16 and back. First to float32 (as hardware receives it), then the low 16 bits of the
    /// float32 pattern are rounded away, to nearest with ties to even; NaN stays NaN, overflow gives ±∞.
    /// </summary>
    public static double ToBFloat16(double x)
    {
        var f = (float)x;
        if (float.IsNaN(f)) return double.NaN;
        var bits = BitConverter.SingleToUInt32Bits(f);
        var lsb = (bits >> 16) & 1u;          // ties go to the pattern whose last kept bit is 0
        bits += 0x7FFFu + lsb;                // a carry may ripple into the exponent: correct rounding up
        bits &= 0xFFFF0000u;
        return BitConverter.UInt32BitsToSingle(bits);
    }

    /// <summary>x rounded to float32 and back.</summary>
    public static double ToSingle(double x) => (float)x;
}
