using System.Security.Cryptography;
using System.Text;

namespace MathForML.Generator.LessonProjects;

/// <summary>A file of a lesson's project: its path inside the project folder (forward slashes) and its text.</summary>
public sealed record ProjectFile(string Path, string Text);

/// <summary>
/// The sources every lesson project carries, embedded in the generator when it is built: the
/// examples library the cells ran against (<c>Examples/</c>) and the cells' runtime from
/// MathForML.Cells (<c>Runtime/</c>: charts, formatting, outputs and the console's Display).
/// They are copies, not rewrites, so the project shows exactly what the site ran.
/// </summary>
public static class BundledSources
{
    private const string Prefix = "project/";

    /// <summary>The embedded files, in a fixed order.</summary>
    public static IReadOnlyList<ProjectFile> Files { get; } = Load();

    /// <summary>A hash of all of them: part of every lesson project's cache key.</summary>
    public static string Fingerprint { get; } = Hash(Files);

    private static List<ProjectFile> Load()
    {
        var assembly = typeof(BundledSources).Assembly;
        var files = new List<ProjectFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            // MSBuild writes the folder part with the build machine's separator.
            files.Add(new ProjectFile(name[Prefix.Length..].Replace('\\', '/'), reader.ReadToEnd().ReplaceLineEndings("\n")));
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    private static string Hash(IEnumerable<ProjectFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files) hash.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n" + file.Text + "\n\0"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
