using System.Globalization;
using System.Text.RegularExpressions;

namespace MathForML.Bench;

/// <summary>
/// A scratch copy of the course that the benchmark builds with the published CLI (<c>--root</c>), so
/// that edits made for the benchmark never touch the repository. Deleted when disposed.
/// </summary>
public sealed partial class BenchCourse : IDisposable
{
    private readonly string cli;

    public string Root { get; }

    /// <param name="withSnapshots">
    /// Copy <c>tests/snapshots/</c> too, so the build compares outputs with the verified snapshots as
    /// it does in the repository. The classic scenarios were measured without (every lesson then has
    /// a missing snapshot, a warning, and its received file written); they keep that so that their
    /// figures stay comparable with earlier runs.
    /// </param>
    public BenchCourse(string repo, string cli, bool withSnapshots)
    {
        this.cli = cli;
        Root = Path.Combine(Path.GetTempPath(), "mathforml-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        CopyDirectory(Path.Combine(repo, "input"), Path.Combine(Root, "input"));
        if (withSnapshots) CopyDirectory(Path.Combine(repo, "tests", "snapshots"), Path.Combine(Root, "tests", "snapshots"));
        // The copies keep their times: a lockfile newer than node_modules' record would make the build run
        // `npm ci` in the scratch folder, and npm would empty the repository's node_modules through the link.
        foreach (var file in new[] { "package.json", "package-lock.json" })
        {
            File.Copy(Path.Combine(repo, file), Path.Combine(Root, file));
            File.SetLastWriteTimeUtc(Path.Combine(Root, file), File.GetLastWriteTimeUtc(Path.Combine(repo, file)));
        }
        if (Directory.Exists(Path.Combine(repo, "node_modules"))) Directory.CreateSymbolicLink(Path.Combine(Root, "node_modules"), Path.Combine(repo, "node_modules"));
    }

    /// <summary>Times one <c>mathforml build</c> of this copy; <paramref name="output"/> receives its standard output.</summary>
    public TimeSpan Build(string extra = "", Action<string>? output = null) =>
        Scenario.Time(cli, $"build --root \"{Root}\" {extra}", Root, output);

    public void ClearCache()
    {
        if (Directory.Exists(Path.Combine(Root, ".cache"))) Directory.Delete(Path.Combine(Root, ".cache"), true);
    }

    /// <summary>Forgets the printed parts and the joined PDF, so the next <c>--pdf</c> build prints every part.</summary>
    public void ClearPdfCache()
    {
        if (Directory.Exists(Path.Combine(Root, ".cache", "pdf"))) Directory.Delete(Path.Combine(Root, ".cache", "pdf"), true);
    }

    /// <summary>
    /// Stops the cell servers this CLI left running (a build keeps its workers warm for the next), so a
    /// cold build pays for starting them like a first build after a clone does.
    /// </summary>
    public void StopServers() => StopServers(cli);

    public static void StopServers(string cli) =>
        MathForML.Execution.Workers.CellServerProcesses.StopAll(Path.Combine(Path.GetDirectoryName(cli)!, "MathForML.Worker.dll"));

    [GeneratedRegex(@"cells ran in ([0-9.]+) s")]
    private static partial Regex CellsRan();

    [GeneratedRegex(@"Executed in ([0-9.]+) s")]
    private static partial Regex ExecutedIn();

    /// <summary>
    /// The cells' own run time in a build's log: the workers report each lesson's cells' time ("N/N cells
    /// ran in X s"); their total over the workers running side by side (one per core) is what the cells
    /// would take alone, packed perfectly. Null when no cell ran.
    /// </summary>
    public static double? CellSeconds(string log, int workers)
    {
        var lessons = CellsRan().Matches(log);
        return lessons.Count == 0 ? null : lessons.Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) / workers;
    }

    /// <summary>The execution stage's wall time ("Executed in"), which other stages' work shares the cores with.</summary>
    public static double? ExecutedSeconds(string log)
    {
        var match = ExecutedIn().Match(log);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    public void Dispose()
    {
        StopServers();
        Directory.Delete(Root, recursive: true);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
