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

    /// <summary>A deflate block that ends a stream and holds nothing: BFINAL set, fixed codes, end of block.</summary>
    private static readonly byte[] FinalEmptyBlock = [0x03, 0x00];

    /// <summary>Whether a file of this name is worth deflating.</summary>
    public static bool Deflatable(string path) => !StoredExtensions.Contains(Path.GetExtension(path));

    public static ZipEntryData For(string path, byte[] content)
    {
        if (!Deflatable(path) || content.Length == 0) return Stored(content);
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(content);
        return Smaller(content, buffer.ToArray());
    }

    /// <summary>
    /// One piece of a file deflated on its own and ended by a sync flush (on a byte boundary, not the
    /// stream's end), so that pieces deflated apart, even in different builds, join into one stream
    /// (<see cref="Joined"/>), as pigz does.
    /// </summary>
    public static byte[] DeflatePiece(ReadOnlySpan<byte> piece)
    {
        using var buffer = new MemoryStream();
        var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true);
        deflate.Write(piece);
        deflate.Flush(); // Z_SYNC_FLUSH: every byte of the piece is out, and the stream is not final
        var bytes = buffer.ToArray(); // taken before disposing, which would add a final block
        deflate.Dispose();
        return bytes;
    }

    /// <summary>A file whose pieces (<see cref="ContentChunks"/>) were deflated apart: one stream, closed by an empty final block.</summary>
    public static ZipEntryData Joined(byte[] content, IReadOnlyList<byte[]> deflatedPieces)
    {
        var data = new byte[deflatedPieces.Sum(p => p.Length) + FinalEmptyBlock.Length];
        var at = 0;
        foreach (var piece in deflatedPieces)
        {
            piece.CopyTo(data, at);
            at += piece.Length;
        }
        FinalEmptyBlock.CopyTo(data, at);
        return Smaller(content, data);
    }

    private static ZipEntryData Smaller(byte[] content, byte[] deflated) =>
        deflated.Length < content.Length ? new ZipEntryData(Crc32.Compute(content), content.Length, true, deflated) : Stored(content);

    private static ZipEntryData Stored(byte[] content) => new(Crc32.Compute(content), content.Length, false, content);
}
