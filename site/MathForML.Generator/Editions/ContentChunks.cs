namespace MathForML.Generator.Editions;

/// <summary>
/// Cuts a large file into pieces at places its own content chooses (content-defined chunking with a
/// gear hash, as FastCDC does), so an edit in one place changes the piece around it and leaves the
/// other pieces' bytes, and so their cached compression, as they were. A cut at a fixed size would
/// shift every piece after the edit. The print edition (every lesson on one 20 MB page) is the file
/// this is for: a prose edit changes one lesson of it.
/// </summary>
public static class ContentChunks
{
    /// <summary>No piece is shorter than this (but the last); deflate's 32 KB window loses nothing at this size.</summary>
    public const int MinSize = 128 * 1024;

    /// <summary>No piece is longer than this: a file with no cut point is still split.</summary>
    public const int MaxSize = 4 * 1024 * 1024;

    /// <summary>A cut is where the hash's low 19 bits are zero: one place in 512 KB on average, after <see cref="MinSize"/>.</summary>
    private const ulong CutMask = (1UL << 19) - 1;

    private static readonly ulong[] Gear = MakeGear();

    /// <summary>The pieces as (start, length), in order, covering the whole of <paramref name="content"/>.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(ReadOnlySpan<byte> content)
    {
        var pieces = new List<(int, int)>();
        var start = 0;
        while (start < content.Length)
        {
            var length = NextCut(content[start..]);
            pieces.Add((start, length));
            start += length;
        }
        return pieces;
    }

    private static int NextCut(ReadOnlySpan<byte> rest)
    {
        if (rest.Length <= MinSize) return rest.Length;
        var end = Math.Min(rest.Length, MaxSize);
        var hash = 0UL;
        // The hash depends on the last 64 bytes only (each step shifts one bit out), so the same
        // content gives the same cut wherever it sits.
        for (var i = MinSize - 64; i < end; i++)
        {
            hash = (hash << 1) + Gear[rest[i]];
            if (i >= MinSize && (hash & CutMask) == 0) return i + 1;
        }
        return end;
    }

    /// <summary>256 fixed pseudo-random numbers (SplitMix64 from a constant seed): the same cuts on every machine.</summary>
    private static ulong[] MakeGear()
    {
        var gear = new ulong[256];
        var state = 0x6D617468666F726DUL; // "mathform"
        for (var i = 0; i < gear.Length; i++)
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            gear[i] = z ^ (z >> 31);
        }
        return gear;
    }
}
