using System.Globalization;
using System.Text;

namespace MathForML.Bench;

/// <summary>
/// The README's build command exactly as a contributor types it, in a fresh <c>git clone</c> of the
/// repository: <c>./mathforml build</c> (the launcher, which runs the ReadyToRun CLI it publishes itself), beside
/// <c>dotnet run --project site/MathForML.Cli -- build</c> (what the README showed before) and the
/// published ReadyToRun binary that the classic scenarios time. Targets (issue 18): a no-op rebuild as
/// typed ≤ 2.5 s, a prose edit as typed ≤ 3 s.
/// </summary>
public static class AsTypedBench
{
    public const string Launcher = "./mathforml build";
    public const string DotnetRun = "dotnet run --project site/MathForML.Cli -- build";
    public const string Published = "published binary: mathforml build";

    public sealed record Row(string Scenario, string Command, string What, IReadOnlyList<TimeSpan> Runs, double? TargetSeconds)
    {
        public TimeSpan Median => Bench.Scenario.Median(Runs);
    }

    /// <summary>Clones <paramref name="repo"/>'s committed HEAD into a scratch folder, measures there, and deletes the clone.</summary>
    public static IReadOnlyList<Row> Run(string repo, string publishedCli, int runs)
    {
        var clone = Path.Combine(Path.GetTempPath(), "mathforml-as-typed-" + Guid.NewGuid().ToString("N"));
        Bench.Scenario.Time("git", $"clone --quiet --no-hardlinks \"{repo}\" \"{clone}\"", Path.GetTempPath());
        var launcher = Path.Combine(clone, "mathforml");
        var lesson = Path.Combine(clone, "input", CourseEdits.Lesson);
        var original = File.ReadAllText(lesson);
        try
        {
            // The first build of a fresh clone: builds the CLI, installs the front-end packages, runs every cell.
            var first = Bench.Scenario.Time(launcher, "build", clone);
            Bench.Scenario.Time(launcher, "build", clone); // settles the file system cache; not counted

            var rows = new List<Row>
            {
                new("first build after clone", Launcher, "a fresh clone: builds the CLI, `npm ci`, runs every cell", [first], null),
                new("no-op rebuild", Launcher, "nothing changed", Times(runs, _ => { }, () => Bench.Scenario.Time(launcher, "build", clone)), 2.5),
                new("prose edit", Launcher, "a sentence added to a paragraph of lesson 01",
                    Times(runs, i => File.WriteAllText(lesson, CourseEdits.Prose(original, $"as typed {i}")), () => Bench.Scenario.Time(launcher, "build", clone)), 3.0),
            };
            File.WriteAllText(lesson, original);
            Bench.Scenario.Time(launcher, "build", clone);
            rows.Add(new("no-op rebuild", DotnetRun, "nothing changed; MSBuild checks the CLI's project graph first",
                Times(3, _ => { }, () => Bench.Scenario.Time("dotnet", "run --project site/MathForML.Cli -- build", clone)), null));
            // The bench's published CLI may not share the launcher's cache entries (they are keyed by the engine's build): one build first, not counted.
            Bench.Scenario.Time(publishedCli, $"build --root \"{clone}\"", clone);
            rows.Add(new("no-op rebuild", Published, "nothing changed; the ReadyToRun CLI of the classic scenarios, `--root` the clone",
                Times(3, _ => { }, () => Bench.Scenario.Time(publishedCli, $"build --root \"{clone}\"", clone)), null));
            return rows;
        }
        finally
        {
            BenchCourse.StopServers(Path.Combine(clone, "site", "MathForML.Cli", "bin", "Release", "launcher", "mathforml"));
            BenchCourse.StopServers(publishedCli);
            Directory.Delete(clone, recursive: true);
        }
    }

    private static List<TimeSpan> Times(int runs, Action<int> prepare, Func<TimeSpan> measure) =>
        new Bench.Scenario("", "", runs, prepare, measure).Run().ToList();

    public static string Markdown(IReadOnlyList<Row> rows, string machine)
    {
        static string S(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var md = new StringBuilder();
        md.Append("## As typed: the README's command in a fresh clone\n\n");
        md.Append("Measured by `bench/run.sh --as-typed-only` (the as-typed part of `bench/run.sh`): `git clone` of the\n");
        md.Append("repository's HEAD into a scratch folder, then the README's build command typed in it, each figure the wall\n");
        md.Append("time of the whole command. `./mathforml` runs the CLI it published (Release, ReadyToRun) at once when nothing\n");
        md.Append("it is built from changed (README); `dotnet run` asks MSBuild first and runs the CLI JIT-compiled; the published\n");
        md.Append("binary is the classic scenarios' CLI.\n\n");
        md.Append(machine).Append("\n\n");
        md.Append("| scenario | command | what changes | runs | median | target | met |\n|---|---|---|---|---|---|---|\n");
        foreach (var row in rows)
        {
            var met = row.TargetSeconds is { } target ? (row.Median.TotalSeconds <= target ? "yes" : "**no**") : "";
            var targetText = row.TargetSeconds is { } t ? $"≤ {t.ToString("0.0", CultureInfo.InvariantCulture)} s" : "none";
            md.Append($"| {row.Scenario} | `{row.Command}` | {row.What} | {row.Runs.Count} | {S(row.Median)} s | {targetText} | {met} |\n");
        }
        md.Append("\nAll runs (seconds):\n\n");
        foreach (var row in rows)
            md.Append($"- {row.Scenario}, `{row.Command}`: {string.Join(", ", row.Runs.Select(S))}\n");
        return md.ToString();
    }
}
