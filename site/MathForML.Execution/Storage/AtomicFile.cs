namespace MathForML.Execution.Storage;

/// <summary>
/// Writes a file so that a reader sees the old content or the new, never half of it. The bytes go to a
/// temporary file in the same folder (so the move is a rename within one file system) under a name of
/// its own (two builds writing the same cache entry at once each rename a complete file of their own),
/// which then replaces the target. A build killed halfway leaves at most a stray hidden <c>.tmp</c> file,
/// never a truncated cache entry or page. Every cache and the site folder write through here.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, content);
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp); // the write or the move failed: leave no half-written file behind
            throw;
        }
    }

    /// <summary>UTF-8 without a byte-order mark, as <see cref="File.WriteAllText(string, string)"/> writes.</summary>
    public static void WriteAllText(string path, string content) =>
        WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(content));
}
