using System.IO.Compression;

namespace MathForML.Generator.Editions;

/// <summary>
/// One file as a zip stores it: its CRC, its size, and its bytes deflated (or stored as they are,
/// for formats that are compressed already). Computed once per distinct content.
/// </summary>
public sealed record ZipEntryData(uint Crc, int Length, bool Deflated, byte[] Data)
{
    // Already compressed: deflating them again costs time and saves nothing.
    private static readonly HashSet<string> StoredExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".woff2", ".woff", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".zip", ".pdf", ".gz", ".br",
    };

    public static ZipEntryData For(string path, byte[] content)
    {
        var crc = Crc32.Compute(content);
        if (StoredExtensions.Contains(Path.GetExtension(path)) || content.Length == 0)
            return new ZipEntryData(crc, content.Length, false, content);
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(content);
        return buffer.Length < content.Length
            ? new ZipEntryData(crc, content.Length, true, buffer.ToArray())
            : new ZipEntryData(crc, content.Length, false, content);
    }
}
