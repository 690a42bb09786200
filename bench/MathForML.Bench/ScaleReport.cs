using System.Globalization;
using System.Text;

namespace MathForML.Bench;

/// <summary>The scale section of docs/benchmarks.md, its chart, and the verdict on how cost grows.</summary>
public static class ScaleReport
{
    /// <summary>
    /// How much faster than linear a scenario may grow before it counts as worse: timing noise on a
    /// shared 2-core machine is several per cent, so an exponent up to 1.1 still reads as linear.
    /// </summary>
    public const double Tolerance = 0.1;

    public const string ChartFile = "benchmarks-scale.svg";

    /// <summary>
    /// The growth exponent between each pair of successive sizes: b in time ∝ size^b, from
    /// b = ln(t₂/t₁) / ln(n₂/n₁). 1 is linear, below 1 better (a fixed cost spread over more lessons), 0 flat.
    /// </summary>
    public static IReadOnlyList<double> Exponents(IReadOnlyList<(int Size, double Seconds)> points)
    {
        var exponents = new List<double>();
        for (var i = 1; i < points.Count; i++)
        {
            var (n1, t1) = points[i - 1];
            var (n2, t2) = points[i];
            if (n2 <= n1 || t1 <= 0 || t2 <= 0) throw new ArgumentException("sizes must grow and times be positive");
            exponents.Add(Math.Log(t2 / t1) / Math.Log((double)n2 / n1));
        }
        return exponents;
    }

    /// <summary>Linear or better: no step between sizes grows faster than size^(1 + tolerance).</summary>
    public static bool LinearOrBetter(IReadOnlyList<double> exponents) => exponents.All(b => b <= 1 + Tolerance);

    public static string Markdown(IReadOnlyList<ScaleRun> runs, string machine)
    {
        var text = new StringBuilder();
        text.AppendLine("## Scale: the course at 1×, 2× and 4× its size");
        text.AppendLine();
        text.AppendLine("Measured by `bench/run.sh --scale-only` (the scale part of `bench/run.sh`). Every lesson and project is");
        text.AppendLine("copied under a new name (`01_Vectors_and_Matrices_Copy2.md`…, order moved up, title \"… (copy 2)\"), with its");
        text.AppendLine("verified snapshot, so each copy runs the same cells as its original and its outputs are compared and matched;");
        text.AppendLine("the pages (learning paths, study plan, resources) are not copied. Cold: empty `.cache/` and no cell server");
        text.AppendLine("running. The edits are the classic ones, in lesson 01 (the original). Runs: "
            + string.Join("; ", runs.Select(r => $"{r.Factor}×: cold {ScaleBench.Runs(ScaleBench.Cold, r.Factor)}, the others {ScaleBench.Runs(ScaleBench.NoOp, r.Factor)} each"))
            + ". Each figure is a median of wall times in seconds.");
        text.AppendLine();
        text.AppendLine(machine);
        text.AppendLine();
        text.AppendLine("| size | lessons + projects | cells | cold build | no-op rebuild | prose edit | one-cell edit | cold per lesson | cells' own time per lesson | rest per lesson |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var run in runs)
        {
            var cold = run.Median(ScaleBench.Cold);
            var cells = run.CellSeconds.Count > 0 ? Median(run.CellSeconds) : double.NaN;
            text.AppendLine($"| {run.Factor}× | {run.Lessons} + {run.Projects} | {run.Cells} | {S(cold)} | {S(run.Median(ScaleBench.NoOp))} | {S(run.Median(ScaleBench.Prose))} | {S(run.Median(ScaleBench.Cell))} | "
                + $"{S(cold / run.Documents, "0.000")} | {S(cells / run.Documents, "0.000")} | {S((cold - cells) / run.Documents, "0.000")} |");
        }
        text.AppendLine();
        text.AppendLine("The cells' own time is their total in the workers divided by the workers (one per core), as in the");
        text.AppendLine("classic table; the rest is everything else the cold build does (start-up, parsing, math, pages, chart");
        text.AppendLine("images, search index, zip), including time the cells wait for a core.");
        text.AppendLine();
        text.AppendLine($"![Build time against course size: cold builds, and rebuilds after no change, a prose edit and a cell edit]({ChartFile})");
        text.AppendLine();
        if (runs.Count >= 2)
        {
            text.AppendLine($"Growth, computed from the medians: the exponent b in time ∝ size^b between successive sizes (1 linear, below 1");
            text.AppendLine($"better, 0 flat); a scenario is linear or better when every step has b ≤ {S(1 + Tolerance, "0.0")}, the tolerance allowing for timing noise.");
            text.AppendLine();
            text.AppendLine("| scenario | " + string.Join(" | ", runs.Skip(1).Select((r, i) => $"b, {runs[i].Factor}× → {r.Factor}×")) + " | linear or better |");
            text.AppendLine("|---|" + string.Concat(runs.Skip(1).Select(_ => "---|")) + "---|");
            var verdicts = new List<(string Scenario, bool Ok)>();
            foreach (var scenario in ScaleBench.Scenarios)
            {
                var exponents = Exponents([.. runs.Select(r => (r.Documents, r.Median(scenario)))]);
                var ok = LinearOrBetter(exponents);
                verdicts.Add((scenario, ok));
                text.AppendLine($"| {scenario} | {string.Join(" | ", exponents.Select(b => S(b)))} | {(ok ? "yes" : "**no**")} |");
            }
            text.AppendLine();
            var worse = verdicts.Where(v => !v.Ok).Select(v => v.Scenario).ToList();
            text.AppendLine(worse.Count == 0
                ? "**Verdict: every scenario grows linearly or better.**"
                : $"**Verdict: not linear: {string.Join(", ", worse)}.** Grows faster than the course; see the notes.");
            text.AppendLine();
        }
        text.AppendLine("```mermaid");
        text.AppendLine("xychart-beta");
        text.AppendLine("    title \"Cold build, seconds per lesson or project\"");
        text.AppendLine("    x-axis [" + string.Join(", ", runs.Select(r => $"\"{r.Factor}× ({r.Documents})\"")) + "]");
        var maxPerLesson = runs.Max(r => r.Median(ScaleBench.Cold) / r.Documents);
        text.AppendLine($"    y-axis \"seconds\" 0 --> {S(SvgLineChart.NiceMax(maxPerLesson), "0.###")}");
        text.AppendLine("    bar [" + string.Join(", ", runs.Select(r => S(r.Median(ScaleBench.Cold) / r.Documents, "0.000"))) + "]");
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("All runs (seconds):");
        text.AppendLine();
        foreach (var run in runs)
            foreach (var scenario in ScaleBench.Scenarios)
                text.AppendLine($"- {run.Factor}×, {scenario}: {string.Join(", ", run.Times[scenario].Select(t => S(t.TotalSeconds)))}");
        foreach (var run in runs.Where(r => r.CellSeconds.Count > 0))
            text.AppendLine($"- {run.Factor}×, cold build, the cells' own time: {string.Join(", ", run.CellSeconds.Select(s => S(s)))}");
        return text.ToString();
    }

    /// <summary>Two panels against course size: cold builds with a linear line from the smallest size, and the rebuilds.</summary>
    public static string Chart(IReadOnlyList<ScaleRun> runs)
    {
        (double, double) Point(ScaleRun r, string scenario) => (r.Documents, r.Median(scenario));
        var first = runs[0];
        var linear = runs.Select(r => ((double)r.Documents, first.Median(ScaleBench.Cold) * r.Documents / first.Documents)).ToList();
        const string xLabel = "lessons and projects";
        return SvgLineChart.Render("mathforml build against course size (median seconds)",
        [
            new SvgLineChart.Panel("Cold build", xLabel, "seconds",
            [
                new SvgLineChart.Series("cold build", [.. runs.Select(r => Point(r, ScaleBench.Cold))], "#1f77b4"),
                new SvgLineChart.Series($"linear from {first.Factor}×", linear, "#999999", Dashed: true),
            ]),
            new SvgLineChart.Panel("Rebuilds", xLabel, "seconds",
            [
                new SvgLineChart.Series("no-op rebuild", [.. runs.Select(r => Point(r, ScaleBench.NoOp))], "#2ca02c"),
                new SvgLineChart.Series("prose edit", [.. runs.Select(r => Point(r, ScaleBench.Prose))], "#ff7f0e"),
                new SvgLineChart.Series("one-cell edit", [.. runs.Select(r => Point(r, ScaleBench.Cell))], "#d62728"),
            ]),
        ]);
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string S(double value, string format = "0.00") => double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);
}
