using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MathForML.Generator.Browser;
using MathForML.Generator.Model;
using MathForML.Generator.Settings;

namespace MathForML.Generator.Commands;

/// <summary>
/// Lets <c>build</c> skip a build that would write the same site again, as make and ninja do: after a
/// clean build (no error, no warning) it records a stamp of everything the build reads and of the
/// site it wrote; the next build with the same options finds the same stamp and stops at once.
/// </summary>
/// <remarks>
/// A no-op rebuild of the full course otherwise does all its work again (about 5 s on 2 cores:
/// every page, the print edition and the zip rendered and written anew, each byte the same).
/// The stamp errs towards building: it covers every file under the course folder except what builds
/// write (the site, <c>.cache/</c>, <c>bin/</c>, <c>obj/</c>, the installed packages but their lock),
/// the generator's own files (a rebuilt CLI builds again), the options, and which chromium there is.
/// A change anywhere else in the repository (a test, a note) costs one ordinary build, never a stale
/// site. It is taken before the build starts, so a file changed during a build builds again.
/// </remarks>
public sealed class UpToDateCheck
{
    private const string FileName = "build.stamp";

    /// <summary>Folders no build reads: what builds, tests and tools write, and version control.</summary>
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal)
        { ".git", "bin", "obj", "node_modules", "TestResults", ".cli", ".bench" };

    private readonly CourseSettings _settings;
    private readonly string _inputs;

    private UpToDateCheck(CourseSettings settings, string inputs)
    {
        _settings = settings;
        _inputs = inputs;
    }

    private string StampPath => Path.Combine(_settings.CacheDirectory, FileName);

    /// <summary>Takes the stamp of the inputs now, before the build reads them.</summary>
    public static UpToDateCheck Take(CourseSettings settings, BuildOptions options)
    {
        var output = Path.GetFullPath(settings.OutputDirectory);
        var cache = Path.GetFullPath(settings.CacheDirectory);
        var text = new StringBuilder();
        text.Append("options ").Append(options).Append('\n');
        text.Append("chromium ").Append(ChromiumLocator.Find(options.ChromiumPath) ?? "none").Append('\n');
        text.Append("output ").Append(output).Append('\n');
        AppendFiles(text, AppContext.BaseDirectory, skip: _ => false, byContent: false);
        AppendFiles(text, settings.RootDirectory, skip: folder => folder == output || folder == cache || SkippedFolders.Contains(Path.GetFileName(folder)), byContent: true);
        // The front-end packages: npm's record of what is installed changes with every install.
        var installed = Path.Combine(settings.RootDirectory, "node_modules", ".package-lock.json");
        if (File.Exists(installed)) AppendFile(text, installed, byContent: true);
        return new UpToDateCheck(settings, Hash(text));
    }

    /// <summary>
    /// The summary of the build that left the site as it is, when nothing it read changed since and
    /// the site is still as it wrote it; null when a build is needed.
    /// </summary>
    public string? LastSummaryIfCurrent(BuildOptions options)
    {
        if (!options.UseCache || options.AcceptSnapshots || !options.WriteOutput) return null;
        try
        {
            if (!File.Exists(StampPath)) return null;
            var lines = File.ReadAllLines(StampPath);
            return lines.Length == 3 && lines[0] == _inputs && lines[1] == OutputStamp() ? lines[2] : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>After a build: records the stamp when the build was clean, forgets it otherwise.</summary>
    public void Record(Course course, BuildOptions options, string summary)
    {
        try
        {
            if (course.Diagnostics.Length > 0 || options.AcceptSnapshots || !options.WriteOutput || !Directory.Exists(_settings.OutputDirectory))
            {
                File.Delete(StampPath);
                return;
            }
            Directory.CreateDirectory(_settings.CacheDirectory);
            File.WriteAllText(StampPath, $"{_inputs}\n{OutputStamp()}\n{summary.ReplaceLineEndings(" ")}\n");
        }
        catch (IOException)
        {
            // Without a stamp the next build runs in full; nothing else changes.
        }
    }

    /// <summary>The site as it is on disk: a file deleted, added or changed there means it needs writing again.</summary>
    private string OutputStamp()
    {
        var text = new StringBuilder();
        if (Directory.Exists(_settings.OutputDirectory)) AppendFiles(text, _settings.OutputDirectory, skip: _ => false, byContent: false);
        return Hash(text);
    }

    /// <param name="byContent">
    /// Stamp each file by its bytes rather than its time: a file saved unchanged (an editor, a
    /// checkout, a script that rewrites what it read) then builds nothing. The course folder's files
    /// are a few megabytes; the generator's and the site's own files are stamped by size and time.
    /// </param>
    private static void AppendFiles(StringBuilder text, string folder, Func<string, bool> skip, bool byContent)
    {
        if (!Directory.Exists(folder)) return;
        var pending = new Stack<string>([folder]);
        var files = new List<string>();
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(current))
            {
                if (!skip(Path.GetFullPath(sub))) pending.Push(sub);
            }
            files.AddRange(Directory.EnumerateFiles(current));
        }
        files.Sort(StringComparer.Ordinal);
        foreach (var file in files) AppendFile(text, file, byContent);
    }

    private static void AppendFile(StringBuilder text, string file, bool byContent)
    {
        var info = new FileInfo(file);
        text.Append(file).Append('|').Append(info.Length.ToString(CultureInfo.InvariantCulture)).Append('|');
        if (byContent && info.Length <= ContentLimit)
            text.Append(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))));
        else
            text.Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
        text.Append('\n');
    }

    /// <summary>Larger files (data a lesson reads, say) are stamped by size and time: reading them each build would cost more than it saves.</summary>
    private const long ContentLimit = 8 << 20;

    private static string Hash(StringBuilder text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
}
