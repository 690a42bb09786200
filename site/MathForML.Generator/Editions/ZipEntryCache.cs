using System.Buffers.Binary;
using System.Security.Cryptography;
using MathForML.Generator.Caching;

namespace MathForML.Generator.Editions;

/// <summary>
/// Deflated files kept between builds under the cache folder (<c>zip/&lt;sha256&gt;</c>), so the offline
/// zip compresses only files whose content changed; a large file's pieces are kept too
/// (<c>zip/&lt;sha256&gt;.piece</c>), so only its changed pieces are. Entries not used by a build are
/// removed after it.
/// </summary>
/// <param name="folderName">The cache's folder under <paramref name="cacheDirectory"/>: one per kind of zip, since each prunes what its build did not use.</param>
public sealed class ZipEntryCache(string? cacheDirectory, string folderName = "zip")
{
    private readonly string? _folder = cacheDirectory is null ? null : Path.Combine(cacheDirectory, folderName);
    private readonly HashSet<string> _used = [];

    /// <summary>Entries already read this build: every lesson project bundles the same library files.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ZipEntryData> _read = new(StringComparer.Ordinal);

    /// <summary>A cache that keeps nothing (<c>--no-cache</c>).</summary>
    public static ZipEntryCache None() => new(null);

    public ZipEntryData Get(string path, byte[] content)
    {
        var inPieces = content.Length >= InPiecesFrom && ZipEntryData.Deflatable(path);
        if (_folder is null) return inPieces ? InPieces(content) : ZipEntryData.For(path, content);
        // The extension decides stored versus deflated, so it is part of the key.
        var key = Convert.ToHexStringLower(SHA256.HashData(content)) + Path.GetExtension(path).ToLowerInvariant();
        lock (_used) _used.Add(key); // zips may be written side by side
        if (_read.TryGetValue(key, out var known)) return known;
        var file = Path.Combine(_folder, key);
        if (TryRead(file, content.Length) is { } cached) return _read[key] = cached;
        var entry = inPieces ? InPieces(content) : ZipEntryData.For(path, content);
        TryWrite(file, entry);
        return _read[key] = entry;
    }

    /// <summary>Files this large are deflated in pieces, each cached (<see cref="ContentChunks"/>).</summary>
    public const int InPiecesFrom = 2 * 1024 * 1024;

    /// <summary>
    /// A large file deflated piece by piece, on all cores, each piece cached under its own hash (when
    /// there is a cache): after an edit of one lesson, the print edition's other pieces come from it.
    /// </summary>
    private ZipEntryData InPieces(byte[] content)
    {
        var pieces = ContentChunks.Split(content);
        var deflated = new byte[pieces.Count][];
        var keys = new string[pieces.Count];
        Parallel.For(0, pieces.Count, i =>
        {
            var piece = content.AsSpan(pieces[i].Start, pieces[i].Length);
            if (_folder is null)
            {
                deflated[i] = ZipEntryData.DeflatePiece(piece);
                return;
            }
            keys[i] = Convert.ToHexStringLower(SHA256.HashData(piece)) + ".piece";
            var file = Path.Combine(_folder, keys[i]);
            if (CacheFolder.TryRead(file) is { } cached)
            {
                deflated[i] = cached;
                return;
            }
            deflated[i] = ZipEntryData.DeflatePiece(piece);
            CacheFolder.TryWrite(file, deflated[i]);
        });
        lock (_used) _used.UnionWith(keys.OfType<string>());
        return ZipEntryData.Joined(content, deflated);
    }

    /// <summary>Removes the entries this build did not use.</summary>
    public void Prune() => CacheFolder.DeleteUnused(_folder, name =>
    {
        lock (_used) return _used.Contains(name);
    });

    // Layout: CRC (4 bytes), deflated flag (1 byte), then the entry's bytes. A missing, unreadable
    // or damaged entry is compressed again (CacheFolder).
    private static ZipEntryData? TryRead(string file, int length) =>
        CacheFolder.TryRead(file) is { Length: >= 5 } bytes && bytes[4] <= 1
            ? new ZipEntryData(BinaryPrimitives.ReadUInt32LittleEndian(bytes), length, bytes[4] == 1, bytes[5..])
            : null;

    private static void TryWrite(string file, ZipEntryData entry)
    {
        var bytes = new byte[5 + entry.Data.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, entry.Crc);
        bytes[4] = entry.Deflated ? (byte)1 : (byte)0;
        entry.Data.CopyTo(bytes, 5);
        CacheFolder.TryWrite(file, bytes);
    }
}
