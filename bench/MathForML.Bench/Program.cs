using System.Globalization;
using System.Text;
using MathForML.Bench;

// bench/run.sh: measures the real course's build in a scratch copy and writes docs/benchmarks.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args is [NaiveBaseline.CellArgument, var lessonFile, var cellIndex])
    return await NaiveBaseline.RunOneCellAsync(lessonFile, int.Parse(cellIndex, CultureInfo.InvariantCulture));
BenchOptions options;
try { options = BenchOptions.Parse(args); }
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
var repo = Path.GetFullPath(options.Repo ?? Directory.GetCurrentDirectory());
var cli = Path.GetFullPath(options.Cli ?? Path.Combine(repo, "bench", ".cli", "mathforml"));
if (!File.Exists(cli)) throw new InvalidOperationException($"publish the CLI first (bench/run.sh does): {cli} not found");
var benchmarks = Path.Combine(repo, "docs", "benchmarks.md");
var machine = $"Machine: {Environment.ProcessorCount} cores, {CpuName()}, {MemoryGiB()} GiB, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}.";

if (options.Classic) await RunClassicAsync();
if (options.Scale)
{
    var runs = ScaleBench.Run(repo, cli, options.ScaleFactors);
    File.WriteAllText(Path.Combine(repo, "docs", ScaleReport.ChartFile), ScaleReport.Chart(runs));
    BenchmarkDoc.Write(benchmarks, "scale", ScaleReport.Markdown(runs, machine));
    Console.WriteLine($"Wrote the scale section of {benchmarks} and docs/{ScaleReport.ChartFile}");
}
if (options.AsTyped)
{
    var rows = AsTypedBench.Run(repo, cli, runs: 5);
    BenchmarkDoc.Write(benchmarks, "as-typed", AsTypedBench.Markdown(rows, machine));
    Console.WriteLine($"Wrote the as-typed section of {benchmarks}");
}
if (options.Peer)
{
    var (mathforml, cells, peer) = PeerBench.Run(repo, cli, options.PeerRuns);
    BenchmarkDoc.Write(benchmarks, "peer", PeerBench.Markdown(mathforml, cells, peer, machine));
    Console.WriteLine($"Wrote the peer section of {benchmarks}");
}
return 0;

// The classic scenarios on the course as it is, and the naive baseline.
async Task RunClassicAsync()
{
    // With the verified snapshots, as in the repository: a clean build, as a contributor's is, so an
    // unchanged build is skipped as theirs is (runs before 2026-12-07 had none, and warnings).
    using var course = new BenchCourse(repo, cli, withSnapshots: true);
    var scratch = course.Root;
    var lesson = Path.Combine(scratch, "input", CourseEdits.Lesson);
    var original = File.ReadAllText(lesson);

    // The cells' own run time in a cold build: the target is 10 s plus that (BenchCourse.CellSeconds).
    // The stage's wall time ("Executed in") is larger: other stages' work shares the cores while cells run.
    var cellSeconds = new List<double>();
    var executedSeconds = new List<double>();
    var courseCells = 0;
    void ReadCellTime(string log)
    {
        if (BenchCourse.CellSeconds(log, Environment.ProcessorCount) is { } cells) cellSeconds.Add(cells);
        if (BenchCourse.ExecutedSeconds(log) is { } executed) executedSeconds.Add(executed);
        courseCells = BuildSummary.Cells(log) ?? courseCells;
    }
    TimeSpan Build(string extra = "", Action<string>? output = null) => course.Build(extra, output);
    void Reset() => File.WriteAllText(lesson, original);
    void ClearCache() => course.ClearCache();
    void StopServers() => course.StopServers();

    var scenarios = new List<Scenario>
    {
        new("cold build", "empty cache and no cell server running: every cell executed, every formula rendered, every chart drawn as an image", 3, _ => { Reset(); ClearCache(); StopServers(); }, () => Build(output: ReadCellTime)),
        new("no-op rebuild", "nothing changed", 5, _ => Reset(), () => Build()),
        new("prose edit", "a sentence added to a paragraph of lesson 01", 5,
            i => File.WriteAllText(lesson, CourseEdits.Prose(original, $"Edit {i}")),
            () => Build()),
        new("one-cell edit", "a line added to one cell of lesson 01 (the lesson re-executes, in the cell server the build before left warm)", 5,
            i => File.WriteAllText(lesson, CourseEdits.Cell(original, $"var edit{i} = {i};")),
            () => Build()),
        new("one-cell edit, --no-server", "as the one-cell edit, with workers that start with the build and end with it (as under CI)", 5,
            i => File.WriteAllText(lesson, CourseEdits.Cell(original, $"var edit{i} = -{i};")),
            () => Build("--no-server")),
        new("PDF, cold", "`--pdf` with `.cache/pdf/` emptied and nothing else changed: every part of the print edition printed and joined", 1,
            _ => { Reset(); course.ClearPdfCache(); },
            () => Build("--pdf")),
        new("prose edit, with --pdf", "as the prose edit, built with `--pdf` after a `--pdf` build: lesson 01's part printed again and joined with the others", 3,
            i => File.WriteAllText(lesson, CourseEdits.Prose(original, $"PDF edit {i}")),
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
    // the same in one warm process, which keeps the compiler loaded between cells. --skip-naive leaves it out.
    List<TimeSpan> naive = [];
    List<TimeSpan> warmNaive = [];
    if (options.Naive)
    {
        var (naiveElapsed, naiveCells) = await NaiveBaseline.RunProcessPerCellAsync(scratch);
        naive.Add(naiveElapsed);
        Console.WriteLine($"naive baseline, a process per cell: {Seconds(naiveElapsed)} s for {naiveCells} cells");
        for (var i = 0; i < 3; i++) warmNaive.Add((await NaiveBaseline.RunInProcessAsync(scratch)).Elapsed);
        Console.WriteLine($"naive baseline, one process: median {Seconds(Scenario.Median(warmNaive))} s");
    }

    var cold = rows[0].Median;
    var targets = new Dictionary<string, double> { ["no-op rebuild"] = 1.5, ["prose edit"] = 2, ["one-cell edit"] = 3, ["PDF, cold"] = 60 };
    var report = new StringBuilder();
    report.AppendLine("Measured by `bench/run.sh` on the real course (a scratch copy of `input/`), with the CLI published");
    report.AppendLine("ReadyToRun (`dotnet publish -c Release -r linux-x64 -p:PublishReadyToRun=true`); each figure is the wall time");
    report.AppendLine("of the whole `mathforml build` command, process start-up included. The naive baseline is published the same way.");
    report.AppendLine("Builds keep their workers as cell servers for the next build (README, \"What the build does\"); the cold");
    report.AppendLine("builds start with none running, and one row measures a cell edit without them.");
    report.AppendLine();
    report.AppendLine(machine);
    report.AppendLine($"Course: {Directory.GetFiles(Path.Combine(scratch, "input"), "*.md", SearchOption.AllDirectories).Length} Markdown files, {courseCells} run cells.");
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
    if (options.Naive)
    {
        var naiveMedian = naive[0];
        var warmNaiveMedian = Scenario.Median(warmNaive);
        var ratio = naiveMedian.TotalSeconds / cold.TotalSeconds;
        var warmRatio = warmNaiveMedian.TotalSeconds / cold.TotalSeconds;
        report.AppendLine($"| naive baseline | every cell compiled and run from scratch: a new process per cell, a fresh `CSharpScript` session that first replays the earlier cells of its lesson, fresh options | {naive.Count} | {Seconds(naiveMedian)} s | ≥ 5 × cold | {(ratio >= 5 ? "yes" : "no")} ({ratio.ToString("0.0", CultureInfo.InvariantCulture)} ×) |");
        report.AppendLine($"| naive baseline, one process | as the naive baseline, but every cell in one process, so Roslyn is loaded and JIT-compiled once | {warmNaive.Count} | {Seconds(warmNaiveMedian)} s | none | ({warmRatio.ToString("0.0", CultureInfo.InvariantCulture)} × cold) |");
    }
    else
    {
        report.AppendLine("| naive baseline | not measured in this run (`--skip-naive`) | 0 | | ≥ 5 × cold | |");
    }
    report.AppendLine();
    report.AppendLine("All runs (seconds):");
    report.AppendLine();
    foreach (var (scenario, _, times) in rows) report.AppendLine($"- {scenario.Name}: {string.Join(", ", times.Select(Seconds))}");
    if (options.Naive)
    {
        report.AppendLine($"- naive baseline: {string.Join(", ", naive.Select(Seconds))}");
        report.AppendLine($"- naive baseline, one process: {string.Join(", ", warmNaive.Select(Seconds))}");
    }
    report.AppendLine();
    if (cellSeconds.Count > 0)
    {
        report.AppendLine($"- cold build, the cells' own time (their total in the workers ÷ {Environment.ProcessorCount} workers): {string.Join(", ", cellSeconds.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))}");
        report.AppendLine($"- cold build, wall time of execution (\"Executed in\", shared with other stages): {string.Join(", ", executedSeconds.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))}");
    }
    report.AppendLine();
    report.AppendLine("Run it again with `bench/run.sh` (it builds the Release CLI first; `--skip-naive` leaves out the naive baseline,");
    report.AppendLine("`--classic-only` the scale part).");

    BenchmarkDoc.Write(benchmarks, "classic", report.ToString());
    Console.WriteLine($"Wrote the classic section of {benchmarks}");
}

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
