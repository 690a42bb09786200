namespace MathForML.Generator.Editions;

/// <summary>The CRC-32 a zip entry records (IEEE 802.3 polynomial, as zip and gzip use).</summary>
public static class Crc32
{
    public static uint Compute(ReadOnlySpan<byte> data) => System.IO.Hashing.Crc32.HashToUInt32(data);
}
