using System.Buffers.Binary;
using System.Security.Cryptography;
using MathForML.Execution.Storage;

namespace MathForML.Generator.Editions;

/// <summary>
/// Deflated files kept between builds under the cache folder (<c>zip/&lt;sha256&gt;</c>), so the offline
/// zip compresses only files whose content changed. Entries not used by a build are removed after it.
/// </summary>
public sealed class ZipEntryCache(string? cacheDirectory)
{
    private readonly string? _folder = cacheDirectory is null ? null : Path.Combine(cacheDirectory, "zip");
    private readonly HashSet<string> _used = [];

    /// <summary>A cache that keeps nothing (<c>--no-cache</c>).</summary>
    public static ZipEntryCache None() => new(null);

    public ZipEntryData Get(string path, byte[] content)
    {
        if (_folder is null) return ZipEntryData.For(path, content);
        // The extension decides stored versus deflated, so it is part of the key.
        var key = Convert.ToHexStringLower(SHA256.HashData(content)) + Path.GetExtension(path).ToLowerInvariant();
        _used.Add(key);
        var file = Path.Combine(_folder, key);
        if (TryRead(file, content.Length) is { } cached) return cached;
        var entry = ZipEntryData.For(path, content);
        TryWrite(file, entry);
        return entry;
    }

    /// <summary>Removes the entries this build did not use.</summary>
    public void Prune()
    {
        if (_folder is null || !Directory.Exists(_folder)) return;
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            if (_used.Contains(Path.GetFileName(file))) continue;
            try { File.Delete(file); } catch (IOException) { /* in use or gone: next build */ }
        }
    }

    // Layout: CRC (4 bytes), deflated flag (1 byte), then the entry's bytes.
    private static ZipEntryData? TryRead(string file, int length)
    {
        try
        {
            if (!File.Exists(file)) return null;
            var bytes = File.ReadAllBytes(file);
            if (bytes.Length < 5 || bytes[4] > 1) return null;
            return new ZipEntryData(BinaryPrimitives.ReadUInt32LittleEndian(bytes), length, bytes[4] == 1, bytes[5..]);
        }
        catch (IOException)
        {
            return null; // an unreadable entry is compressed again
        }
    }

    private void TryWrite(string file, ZipEntryData entry)
    {
        try
        {
            var bytes = new byte[5 + entry.Data.Length];
            BinaryPrimitives.WriteUInt32LittleEndian(bytes, entry.Crc);
            bytes[4] = entry.Deflated ? (byte)1 : (byte)0;
            entry.Data.CopyTo(bytes, 5);
            AtomicFile.WriteAllBytes(file, bytes);
        }
        catch (IOException)
        {
            // The cache only saves time.
        }
    }
}
