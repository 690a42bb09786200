using System.Buffers.Binary;
using System.Text;

namespace MathForML.Generator.Editions;

/// <summary>
/// Writes a zip from entries that are already compressed, which <see cref="System.IO.Compression.ZipArchive"/>
/// cannot take: the offline edition reuses the deflated bytes of every file that did not change
/// (plotly.js alone is most of the work). Plain zip (no zip64: the site is far below 4 GB), UTF-8
/// names, every entry stamped 1980-01-01 so the same files give the same bytes.
/// </summary>
public static class ZipWriter
{
    private const ushort Version = 20;           // 2.0: deflate
    private const ushort Utf8Names = 1 << 11;
    private const ushort DosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
    private const ushort DosTime = 0;

    public static byte[] Write(IEnumerable<(string Name, ZipEntryData Entry)> entries)
    {
        using var output = new MemoryStream();
        var central = new MemoryStream();
        var count = 0;
        foreach (var (name, entry) in entries)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var offset = checked((uint)output.Position);
            WriteHeader(output, 0x04034b50, nameBytes, entry, localOffset: null);
            output.Write(entry.Data);
            WriteHeader(central, 0x02014b50, nameBytes, entry, offset);
            count++;
        }
        var centralOffset = checked((uint)output.Position);
        central.Position = 0;
        central.CopyTo(output);

        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], checked((ushort)count));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], checked((ushort)count));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], checked((uint)central.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], centralOffset);
        output.Write(end);
        return output.ToArray();
    }

    /// <summary>A local file header (no offset) or a central directory record (with the local header's offset).</summary>
    private static void WriteHeader(Stream stream, uint signature, byte[] name, ZipEntryData entry, uint? localOffset)
    {
        var central = localOffset is not null;
        var header = new byte[central ? 46 : 30];
        var at = 0;
        void U16(int value) { BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(at), checked((ushort)value)); at += 2; }
        void U32(uint value) { BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(at), value); at += 4; }

        U32(signature);
        if (central) U16(Version);                // version made by
        U16(Version);                             // version needed to extract
        U16(Utf8Names);
        U16(entry.Deflated ? 8 : 0);              // method
        U16(DosTime);
        U16(DosDate);
        U32(entry.Crc);
        U32(checked((uint)entry.Data.Length));
        U32(checked((uint)entry.Length));
        U16(name.Length);
        U16(0);                                   // extra field
        if (central)
        {
            U16(0);                               // comment
            U16(0);                               // disk number
            U16(0);                               // internal attributes
            U32(0);                               // external attributes
            U32(localOffset!.Value);
        }
        stream.Write(header);
        stream.Write(name);
    }
}
