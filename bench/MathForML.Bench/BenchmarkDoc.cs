namespace MathForML.Bench;

/// <summary>
/// docs/benchmarks.md is written in sections, one per part of the benchmark (classic scenarios, scale,
/// peer), each between HTML comment markers, so that a run of one part (<c>--scale-only</c>…) replaces
/// its own section and leaves the others, and the notes written by hand between them, as they were.
/// </summary>
public static class BenchmarkDoc
{
    public static string Start(string section) => $"<!-- bench:{section}:start -->";

    public static string End(string section) => $"<!-- bench:{section}:end -->";

    /// <summary>The document with <paramref name="section"/>'s content replaced, or appended at the end if it has none yet.</summary>
    public static string Replace(string document, string section, string content)
    {
        document = document.Replace("\r\n", "\n");
        var block = Start(section) + "\n" + content.Replace("\r\n", "\n").TrimEnd('\n') + "\n" + End(section);
        var start = document.IndexOf(Start(section), StringComparison.Ordinal);
        var end = document.IndexOf(End(section), StringComparison.Ordinal);
        if (start >= 0 && end > start) return document[..start] + block + document[(end + End(section).Length)..];
        if (start >= 0 || end >= 0) throw new InvalidOperationException($"docs/benchmarks.md has a broken '{section}' section: one of its markers is missing");
        var trimmed = document.TrimEnd('\n');
        return (trimmed.Length == 0 ? "" : trimmed + "\n\n") + block + "\n";
    }

    /// <summary>Replaces a section of the file at <paramref name="path"/> (created if missing).</summary>
    public static void Write(string path, string section, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var existing = File.Exists(path) ? File.ReadAllText(path) : "# Build benchmarks\n";
        File.WriteAllText(path, Replace(existing, section, content));
    }
}
