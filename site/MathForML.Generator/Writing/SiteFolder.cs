using MathForML.Execution.Storage;
using MathForML.Generator.Model;

namespace MathForML.Generator.Writing;

/// <summary>What an in-place update did to the output folder (paths relative to it, forward slashes).</summary>
public sealed record SiteChanges(IReadOnlyList<string> Written, IReadOnlyList<string> Deleted)
{
    public bool IsEmpty => Written.Count == 0 && Deleted.Count == 0;
}

/// <summary>
/// Brings an output folder in line with a build's files, touching only what differs: a file whose
/// bytes are already there is left alone (so most of a rebuild writes nothing), a changed file is
/// written beside its place and renamed over it (a reader never sees half a file), and files the
/// build no longer produces are deleted.
/// </summary>
public static class SiteFolder
{
    public static SiteChanges Update(string outputDirectory, IReadOnlyCollection<SiteFile> files)
    {
        var root = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(root);
        var written = new List<string>();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.Path.Replace('/', Path.DirectorySeparatorChar));
            wanted.Add(path);
            if (SameContent(path, file.Content)) continue;
            AtomicFile.WriteAllBytes(path, file.Content);
            written.Add(file.Path);
        }

        var deleted = new List<string>();
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToList())
        {
            if (wanted.Contains(path)) continue;
            File.Delete(path);
            deleted.Add(Path.GetRelativePath(root, path).Replace('\\', '/'));
        }
        // Deepest first, so a folder emptied by deleting its subfolders goes too.
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length).ToList())
        {
            if (!Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        }
        written.Sort(StringComparer.Ordinal);
        deleted.Sort(StringComparer.Ordinal);
        return new SiteChanges(written, deleted);
    }

    /// <summary>Whether the file at <paramref name="path"/> holds exactly <paramref name="content"/> (sizes first, then bytes).</summary>
    internal static bool SameContent(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length) return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }
}
