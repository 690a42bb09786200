using System.Globalization;
using System.Text;
using MathForML.Bench;

// bench/run.sh: measures the real course's build in a scratch copy and writes docs/benchmarks.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args is [NaiveBaseline.CellArgument, var lessonFile, var cellIndex])
    return await NaiveBaseline.RunOneCellAsync(lessonFile, int.Parse(cellIndex, CultureInfo.InvariantCulture));
var repo = args.Length > 0 ? Path.GetFullPath(args[0]) : Directory.GetCurrentDirectory();
var cli = args.Length > 1 ? Path.GetFullPath(args[1]) : Path.Combine(repo, "bench", ".cli", "mathforml");
if (!File.Exists(cli)) throw new InvalidOperationException($"publish the CLI first (bench/run.sh does): {cli} not found");

// A scratch copy of the course, so edits made for the benchmark never touch the repository.
var scratch = Path.Combine(Path.GetTempPath(), "mathforml-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(scratch);
CopyDirectory(Path.Combine(repo, "input"), Path.Combine(scratch, "input"));
// The copies keep their times: a lockfile newer than node_modules' record would make the build run
// `npm ci` in the scratch folder, and npm would empty the repository's node_modules through the link.
foreach (var file in new[] { "package.json", "package-lock.json" })
{
    File.Copy(Path.Combine(repo, file), Path.Combine(scratch, file));
    File.SetLastWriteTimeUtc(Path.Combine(scratch, file), File.GetLastWriteTimeUtc(Path.Combine(repo, file)));
}
if (Directory.Exists(Path.Combine(repo, "node_modules"))) CreateLink(Path.Combine(scratch, "node_modules"), Path.Combine(repo, "node_modules"));
var lesson = Path.Combine(scratch, "input", "01_Vectors_and_Matrices.md");
var original = File.ReadAllText(lesson);

// The cells' own run time in a cold build: the target is 10 s plus that. The workers report each
// lesson's cells' time ("N/N cells ran in X s"); their total over the workers running side by side
// (one per core) is what the cells would take alone, packed perfectly. The stage's wall time
// ("Executed in") is larger: other stages' work shares the cores while cells run.
var cellSeconds = new List<double>();
var executedSeconds = new List<double>();
void ReadCellTime(string log)
{
    var lessons = System.Text.RegularExpressions.Regex.Matches(log, @"cells ran in ([0-9.]+) s");
    if (lessons.Count > 0) cellSeconds.Add(lessons.Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) / Environment.ProcessorCount);
    var match = System.Text.RegularExpressions.Regex.Match(log, @"Executed in ([0-9.]+) s");
    if (match.Success) executedSeconds.Add(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
}
TimeSpan Build(string extra = "", Action<string>? output = null) => Scenario.Time(cli, $"build --root \"{scratch}\" {extra}", scratch, output);
void Reset() => File.WriteAllText(lesson, original);
void ClearCache()
{
    if (Directory.Exists(Path.Combine(scratch, ".cache"))) Directory.Delete(Path.Combine(scratch, ".cache"), true);
}

// Cell servers this CLI left running (a build keeps its workers warm for the next): stopped before a
// cold build, so it pays for starting them like a first build after a clone does.
void StopServers() => MathForML.Execution.Workers.CellServerProcesses.StopAll(Path.Combine(Path.GetDirectoryName(cli)!, "MathForML.Worker.dll"));

var scenarios = new List<Scenario>
{
    new("cold build", "empty cache and no cell server running: every cell executed, every formula rendered, every chart drawn as an image", 3, _ => { Reset(); ClearCache(); StopServers(); }, () => Build(output: ReadCellTime)),
    new("no-op rebuild", "nothing changed", 5, _ => Reset(), () => Build()),
    new("prose edit", "a sentence added to a paragraph of lesson 01", 5,
        i => File.WriteAllText(lesson, original.Replace("Open any model and you find vectors and matrices.", $"Open any model and you find vectors and matrices. (Edit {i}.)")),
        () => Build()),
    new("one-cell edit", "a line added to one cell of lesson 01 (the lesson re-executes, in the cell server the build before left warm)", 5,
        i => File.WriteAllText(lesson, original.Replace("var M = Matrix<double>.Build;", $"var M = Matrix<double>.Build; var edit{i} = {i};")),
        () => Build()),
    new("one-cell edit, --no-server", "as the one-cell edit, with workers that start with the build and end with it (as under CI)", 5,
        i => File.WriteAllText(lesson, original.Replace("var M = Matrix<double>.Build;", $"var M = Matrix<double>.Build; var edit{i} = -{i};")),
        () => Build("--no-server")),
    new("prose edit, with --pdf", "as the prose edit, built with `--pdf`: the whole course printed to PDF again (no target: release builds only)", 1,
        i => File.WriteAllText(lesson, original.Replace("Open any model and you find vectors and matrices.", $"Open any model and you find vectors and matrices. (PDF edit {i}.)")),
        () => Build("--pdf")),
};

var rows = new List<(Scenario Scenario, TimeSpan Median, IReadOnlyList<TimeSpan> Times)>();
StopServers();
Build(); // warm the file system cache and node_modules before timing
foreach (var scenario in scenarios)
{
    var times = scenario.Run();
    rows.Add((scenario, Scenario.Median(times), times));
    Console.WriteLine($"{scenario.Name}: median {Seconds(Scenario.Median(times))} s ({string.Join(", ", times.Select(Seconds))})");
}
Reset();
StopServers();

// The naive baseline from scratch: a process per cell (about four minutes, so measured once), then
// the same in one warm process, which keeps the compiler loaded between cells.
var (naiveElapsed, naiveCells) = await NaiveBaseline.RunProcessPerCellAsync(scratch);
List<TimeSpan> naive = [naiveElapsed];
var naiveMedian = naiveElapsed;
Console.WriteLine($"naive baseline, a process per cell: {Seconds(naiveElapsed)} s for {naiveCells} cells");
var warmNaive = new List<TimeSpan>();
for (var i = 0; i < 3; i++) warmNaive.Add((await NaiveBaseline.RunInProcessAsync(scratch)).Elapsed);
var warmNaiveMedian = Scenario.Median(warmNaive);
Console.WriteLine($"naive baseline, one process: median {Seconds(warmNaiveMedian)} s");

var cold = rows[0].Median;
var targets = new Dictionary<string, double> { ["no-op rebuild"] = 1.5, ["prose edit"] = 2, ["one-cell edit"] = 3 };
var report = new StringBuilder();
report.AppendLine("# Build benchmarks");
report.AppendLine();
report.AppendLine("Measured by `bench/run.sh` on the real course (a scratch copy of `input/`), with the CLI published");
report.AppendLine("ReadyToRun (`dotnet publish -c Release -r linux-x64 -p:PublishReadyToRun=true`); each figure is the wall time");
report.AppendLine("of the whole `mathforml build` command, process start-up included. The naive baseline is published the same way.");
report.AppendLine("Builds keep their workers as cell servers for the next build (README, \"What the build does\"); the cold");
report.AppendLine("builds start with none running, and one row measures a cell edit without them.");
report.AppendLine();
report.AppendLine($"Machine: {Environment.ProcessorCount} cores, {CpuName()}, {MemoryGiB()} GiB, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}.");
report.AppendLine($"Course: {Directory.GetFiles(Path.Combine(scratch, "input"), "*.md").Length} Markdown files, {naiveCells} run cells.");
report.AppendLine();
report.AppendLine("| scenario | what changes | runs | median | target | met |");
report.AppendLine("|---|---|---|---|---|---|");
foreach (var (scenario, median, times) in rows)
{
    var isCold = scenario.Name == "cold build";
    var cells = cellSeconds.Count > 0 ? Scenario.Median([.. cellSeconds.Select(TimeSpan.FromSeconds)]).TotalSeconds : double.NaN;
    var target = targets.TryGetValue(scenario.Name, out var t) ? $"≤ {t} s" : isCold ? $"≤ 10 s + the cells' own time ({cells.ToString("0.00", CultureInfo.InvariantCulture)} s)" : "none";
    var met = targets.TryGetValue(scenario.Name, out var limit) ? (median.TotalSeconds <= limit ? "yes" : "no")
        : isCold ? (median.TotalSeconds <= 10 + cells ? "yes" : "no") : "";
    report.AppendLine($"| {scenario.Name} | {scenario.What} | {times.Count} | {Seconds(median)} s | {target} | {met} |");
}
var ratio = naiveMedian.TotalSeconds / cold.TotalSeconds;
var warmRatio = warmNaiveMedian.TotalSeconds / cold.TotalSeconds;
report.AppendLine($"| naive baseline | every cell compiled and run from scratch: a new process per cell, a fresh `CSharpScript` session that first replays the earlier cells of its lesson, fresh options | {naive.Count} | {Seconds(naiveMedian)} s | ≥ 5 × cold | {(ratio >= 5 ? "yes" : "no")} ({ratio.ToString("0.0", CultureInfo.InvariantCulture)} ×) |");
report.AppendLine($"| naive baseline, one process | as the naive baseline, but every cell in one process, so Roslyn is loaded and JIT-compiled once | {warmNaive.Count} | {Seconds(warmNaiveMedian)} s | none | ({warmRatio.ToString("0.0", CultureInfo.InvariantCulture)} × cold) |");
report.AppendLine();
report.AppendLine("All runs (seconds):");
report.AppendLine();
foreach (var (scenario, _, times) in rows) report.AppendLine($"- {scenario.Name}: {string.Join(", ", times.Select(Seconds))}");
report.AppendLine($"- naive baseline: {string.Join(", ", naive.Select(Seconds))}");
report.AppendLine($"- naive baseline, one process: {string.Join(", ", warmNaive.Select(Seconds))}");
report.AppendLine();
if (cellSeconds.Count > 0)
{
    report.AppendLine($"- cold build, the cells' own time (their total in the workers ÷ {Environment.ProcessorCount} workers): {string.Join(", ", cellSeconds.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))}");
    report.AppendLine($"- cold build, wall time of execution (\"Executed in\", shared with other stages): {string.Join(", ", executedSeconds.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))}");
}
report.AppendLine();
report.AppendLine("Run it again with `bench/run.sh` (it builds the Release CLI first).");

var docs = Path.Combine(repo, "docs");
Directory.CreateDirectory(docs);
File.WriteAllText(Path.Combine(docs, "benchmarks.md"), report.ToString().ReplaceLineEndings("\n"));
Console.WriteLine($"Wrote {Path.Combine(docs, "benchmarks.md")}");
Directory.Delete(scratch, recursive: true);
return 0;

static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

static string CpuName() =>
    File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
        : "unknown CPU";

static string MemoryGiB()
{
    var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal)) : null;
    var kb = line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    return (kb / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture);
}

static void CopyDirectory(string from, string to)
{
    Directory.CreateDirectory(to);
    foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    foreach (var dir in Directory.GetDirectories(from)) CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
}

static void CreateLink(string link, string target) => Directory.CreateSymbolicLink(link, target);
