using MathForML.Execution.Storage;

namespace MathForML.Generator.Caching;

/// <summary>
/// What the build's caches that keep one file per entry share: reading an entry and writing one,
/// where a failure only means the work is done again, and dropping, after a build, the entries it
/// did not use. Here rather than beside <c>AtomicFile</c> in MathForML.Execution, whose source is
/// part of the cell cache's key: a change there would run every cell again.
/// </summary>
public static class CacheFolder
{
    /// <summary>
    /// Deletes every file of <paramref name="folder"/> whose name <paramref name="used"/> does not
    /// claim. A file in use or already gone is left for the next build: the cache only saves time.
    /// </summary>
    public static void DeleteUnused(string? folder, Func<string, bool> used)
    {
        if (folder is null || !Directory.Exists(folder)) return;
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (used(Path.GetFileName(file))) continue;
            try { File.Delete(file); } catch (IOException) { /* in use or gone: next build */ }
        }
    }

    /// <summary>The entry's bytes, or null when it is missing or cannot be read (then the caller makes it again).</summary>
    public static byte[]? TryRead(string file)
    {
        try
        {
            return File.Exists(file) ? File.ReadAllBytes(file) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Writes the entry whole (<see cref="AtomicFile"/>); one that cannot be written is made again next build.</summary>
    public static void TryWrite(string file, ReadOnlySpan<byte> content)
    {
        try
        {
            AtomicFile.WriteAllBytes(file, content);
        }
        catch (IOException)
        {
            // The cache only saves time.
        }
    }
}
