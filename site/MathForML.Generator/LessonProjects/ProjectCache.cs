using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MathForML.Execution.Cache;
using MathForML.Execution.Programs;
using MathForML.Execution.Storage;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.LessonProjects;

/// <summary>
/// Keeps each lesson's converted Program.cs in <c>.cache/lesson-projects/</c> under a hash of what
/// the conversion reads: the run cells' code and flags, the lesson's path, the generator and the
/// bundled sources. Prose edits (titles, moved lines) change none of these, so they compile nothing.
/// Entries no lesson asked for in a build are deleted after it.
/// </summary>
public sealed class ProjectCache(string cacheDirectory)
{
    private readonly string _directory = Path.Combine(cacheDirectory, "lesson-projects");

    public static string Key(Document lesson)
    {
        var text = new StringBuilder()
            .Append("lesson-project 1\n")
            .Append(EngineFingerprint.OfLoadedAssemblies).Append('\n')
            .Append(BundledSources.Fingerprint).Append('\n')
            .Append(lesson.SourcePath).Append('\n');
        foreach (var cell in LessonProjectMaker.RunCells(lesson))
            text.Append($"cell hide={cell.Flags.Hide} throws={cell.Flags.Throws} answer={cell.Flags.Answer} tolerance={cell.Flags.Tolerance?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} length={cell.Code.Length}\n{cell.Code}\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..24];
    }

    public bool Contains(string key) => File.Exists(PathOf(key));

    /// <summary>Whether the build still has to make this lesson's program (not cached, or the cache is off).</summary>
    public static bool Needs(Document lesson, BuildContext context) =>
        !(context.Options.UseCache && new ProjectCache(context.Settings.CacheDirectory).Contains(Key(lesson)));

    public ConvertedProgram? TryGet(string key)
    {
        try
        {
            var path = PathOf(key);
            return File.Exists(path) ? JsonSerializer.Deserialize<ConvertedProgram>(File.ReadAllText(path)) : null;
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return null; // an unreadable entry is a missing one
        }
    }

    public void Put(string key, ConvertedProgram program)
    {
        try
        {
            AtomicFile.WriteAllText(PathOf(key), JsonSerializer.Serialize(program));
        }
        catch (IOException)
        {
            // The cache only saves time.
        }
    }

    /// <summary>Deletes the entries whose keys this build did not use (lessons edited or removed since).</summary>
    public void KeepOnly(IReadOnlySet<string> keys)
    {
        if (!Directory.Exists(_directory)) return;
        try
        {
            foreach (var path in Directory.EnumerateFiles(_directory, "*.json"))
            {
                if (!keys.Contains(Path.GetFileNameWithoutExtension(path))) File.Delete(path);
            }
        }
        catch (IOException)
        {
            // Stale entries only take space.
        }
    }

    private string PathOf(string key) => Path.Combine(_directory, key + ".json");
}
