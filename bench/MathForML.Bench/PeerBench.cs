using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MathForML.Bench;

/// <summary>
/// What bench/peer/vitepress.mjs printed: its cold builds and what the last one produced, counted per
/// course page: <paramref name="PagesBuilt"/> of the <paramref name="MarkdownFiles"/> have their HTML page,
/// <paramref name="PagesWithMath"/> of the <paramref name="SourcesWithMath"/> with math outside code have
/// rendered MathJax, <paramref name="Formulas"/> MathJax elements in all; <paramref name="Missing"/> and
/// <paramref name="MathMissing"/> name the pages that fall short.
/// </summary>
public sealed record PeerResult(string Tool, string Version, string Mathjax, string Node, int MarkdownFiles, int PagesBuilt,
    int SourcesWithMath, int PagesWithMath, int Formulas, int HtmlFiles, IReadOnlyList<string> Missing, IReadOnlyList<string> MathMissing,
    IReadOnlyList<double> Runs, double Median)
{
    /// <summary>
    /// Why the build does not count as the course built (null when it does): every page written and
    /// every page with math rendered, or VitePress would be timed for less work than it was given.
    /// </summary>
    public string? Shortfall =>
        Runs.Count == 0 ? "no run was timed"
        : PagesBuilt < MarkdownFiles || Missing.Count > 0 ? $"{PagesBuilt} of {MarkdownFiles} course pages built (missing: {string.Join(", ", Missing)})"
        : PagesWithMath < SourcesWithMath || MathMissing.Count > 0 ? $"{PagesWithMath} of {SourcesWithMath} pages with math rendered it (not: {string.Join(", ", MathMissing)})"
        : null;

    /// <summary>The script's result: the last line of its standard output, one JSON object.</summary>
    public static PeerResult Parse(string stdout)
    {
        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()
            ?? throw new InvalidOperationException("bench/peer/vitepress.mjs printed nothing");
        return JsonSerializer.Deserialize<PeerResult>(line, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"bench/peer/vitepress.mjs printed no result: {line}");
    }
}

/// <summary>
/// The peer comparison: VitePress (bench/peer/vitepress.mjs, installed into a scratch folder under /tmp)
/// and <c>mathforml build --no-cache</c> on the same course, one after the other on the same machine.
/// </summary>
public static class PeerBench
{
    /// <summary>The goal of issue 18: mathforml at least this many times faster than VitePress cold, while doing more.</summary>
    public const double Goal = 4;

    public static (IReadOnlyList<TimeSpan> Mathforml, int Cells, PeerResult Peer) Run(string repo, string cli, int runs)
    {
        using var course = new BenchCourse(repo, cli, withSnapshots: true);
        course.StopServers();
        course.Build(); // warm the file system cache, as before every timed part
        var cells = 0;
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            // --no-cache ignores .cache/; with no cell server either, the build starts from nothing but the CLI.
            course.StopServers();
            times.Add(course.Build("--no-cache", log => cells = BuildSummary.Cells(log) ?? cells));
            Console.WriteLine($"peer: mathforml build --no-cache, run {i + 1}/{runs}: {S(times[^1].TotalSeconds)} s");
        }
        course.StopServers();
        var peer = RunVitePress(repo, course.Root, runs);
        Console.WriteLine($"peer: vitepress build, median {S(peer.Median)} s ({string.Join(", ", peer.Runs.Select(r => S(r)))}), {peer.PagesBuilt} of {peer.MarkdownFiles} course pages, {peer.PagesWithMath} of {peer.SourcesWithMath} with math rendered ({peer.Formulas} MathJax elements)");
        return (times, cells, peer);
    }

    /// <summary>Runs the node script on the scratch course and checks that it really built the pages, with their math.</summary>
    private static PeerResult RunVitePress(string repo, string courseRoot, int runs)
    {
        var script = Path.Combine(repo, "bench", "peer", "vitepress.mjs");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = false, WorkingDirectory = repo };
        foreach (var argument in new[] { script, "--root", courseRoot, "--runs", runs.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"bench/peer/vitepress.mjs failed ({process.ExitCode}):\n{stdout}");
        var result = PeerResult.Parse(stdout);
        // An honest comparison needs VitePress to have built every page and rendered the math.
        if (result.Shortfall is { } shortfall) throw new InvalidOperationException($"VitePress did not build the course ({shortfall}): not a fair comparison");
        return result;
    }

    public static string Markdown(IReadOnlyList<TimeSpan> mathforml, int cells, PeerResult peer, string machine)
    {
        var median = Scenario.Median(mathforml).TotalSeconds;
        var ratio = peer.Median / median;
        var text = new StringBuilder();
        text.AppendLine("## Peer: VitePress on the same course");
        text.AppendLine();
        text.AppendLine("Measured by `bench/run.sh --peer-only` (or `--peer` with the rest): `bench/peer/vitepress.mjs` installs");
        text.AppendLine($"VitePress {peer.Version} and {peer.Mathjax} into a scratch folder under /tmp (never into this project's lockfile),");
        text.AppendLine("converts the course's Markdown to a VitePress docs folder (front matter kept, title and description as the page's");
        text.AppendLine("heading, cell fences as plain `csharp` code blocks), and times `vitepress build` with math rendered at build time by");
        text.AppendLine("MathJax and local search on, cold (its cache and output removed first). `mathforml build --no-cache` runs right");
        text.AppendLine("before it on the same copy of the course, with no cell server running: every cell compiled and run, every");
        text.AppendLine("formula rendered (KaTeX), every chart drawn as an image, outputs compared with the verified snapshots, search");
        text.AppendLine("index, offline zip. VitePress runs no code and checks no output. Its build is checked page by page: each");
        text.AppendLine("course page's HTML file exists, and each page whose source has math outside code holds MathJax's output");
        text.AppendLine("(`<mjx-container>`); a build that falls short stops the benchmark instead of being timed.");
        text.AppendLine();
        text.AppendLine(machine);
        text.AppendLine();
        text.AppendLine("| tool | what it does | runs | median | all runs |");
        text.AppendLine("|---|---|---|---|---|");
        text.AppendLine($"| `mathforml build --no-cache` | {cells} cells run, math, pages, chart images, snapshots, search, zip | {mathforml.Count} | {S(median)} s | {string.Join(", ", mathforml.Select(t => S(t.TotalSeconds)))} |");
        text.AppendLine($"| VitePress {peer.Version} (`vitepress build`, Node {peer.Node}) | {peer.PagesBuilt} of {peer.MarkdownFiles} course pages built ({peer.HtmlFiles} HTML files with its home page and 404), math rendered on all {peer.PagesWithMath} that have some ({peer.Formulas} MathJax elements), local search; no code run | {peer.Runs.Count} | {S(peer.Median)} s | {string.Join(", ", peer.Runs.Select(r => S(r)))} |");
        text.AppendLine();
        text.AppendLine($"**mathforml is {S(ratio, "0.0")} × faster than VitePress cold** (goal ≥ {S(Goal, "0")} ×: {(ratio >= Goal ? "met" : "not met")}).");
        return text.ToString();
    }

    private static string S(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);
}
