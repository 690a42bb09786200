using System.Globalization;

namespace MathForML.Bench;

/// <summary>What the scale benchmark measured at one size of the course.</summary>
/// <param name="Times">Each scenario's wall times, by <see cref="ScaleBench.Scenarios"/> name.</param>
/// <param name="CellSeconds">The cells' own time in each cold build (<see cref="BenchCourse.CellSeconds"/>).</param>
public sealed record ScaleRun(int Factor, int Lessons, int Projects, int Cells, IReadOnlyDictionary<string, IReadOnlyList<TimeSpan>> Times, IReadOnlyList<double> CellSeconds)
{
    /// <summary>Lessons and projects: the documents with cells, which is what grows.</summary>
    public int Documents => Lessons + Projects;

    public double Median(string scenario) => Scenario.Median(Times[scenario]).TotalSeconds;
}

/// <summary>
/// The course at 1×, 2× and 4× its size (<see cref="CourseScaler"/>), each measured cold, as a no-op
/// rebuild, after a prose edit and after a one-cell edit: how the build's cost grows with the course.
/// </summary>
public static class ScaleBench
{
    public const string Cold = "cold build", NoOp = "no-op rebuild", Prose = "prose edit", Cell = "one-cell edit";

    public static readonly string[] Scenarios = [Cold, NoOp, Prose, Cell];

    /// <summary>Cold builds at 1× (3 runs); at larger sizes one, since each costs minutes. Edits: 3 each.</summary>
    public static int Runs(string scenario, int factor) => scenario == Cold && factor > 1 ? 1 : 3;

    public static IReadOnlyList<ScaleRun> Run(string repo, string cli, IReadOnlyList<int> factors)
    {
        var runs = new List<ScaleRun>();
        var first = true;
        foreach (var factor in factors)
        {
            using var course = new BenchCourse(repo, cli, withSnapshots: true);
            var scaled = CourseScaler.Scale(course.Root, factor);
            var lesson = Path.Combine(course.Root, "input", CourseEdits.Lesson);
            var original = File.ReadAllText(lesson);
            void Reset() => File.WriteAllText(lesson, original);
            var cellSeconds = new List<double>();
            var cells = 0;
            void ReadLog(string log)
            {
                if (BenchCourse.CellSeconds(log, Environment.ProcessorCount) is { } seconds) cellSeconds.Add(seconds);
                cells = BuildSummary.Cells(log) ?? cells;
            }

            course.StopServers();
            // Once, before the first size: the file system cache, node_modules and chromium warmed, as
            // the classic scenarios do before theirs. Later sizes reuse that; their cold builds start
            // with an empty .cache/ and no cell server all the same.
            if (first) course.Build();
            first = false;
            var scenarios = new[]
            {
                new Scenario(Cold, "", Runs(Cold, factor), _ => { Reset(); course.ClearCache(); course.StopServers(); }, () => course.Build(output: ReadLog)),
                new Scenario(NoOp, "", Runs(NoOp, factor), _ => Reset(), () => course.Build()),
                new Scenario(Prose, "", Runs(Prose, factor), i => File.WriteAllText(lesson, CourseEdits.Prose(original, $"Scale edit {i}")), () => course.Build()),
                new Scenario(Cell, "", Runs(Cell, factor), i => File.WriteAllText(lesson, CourseEdits.Cell(original, $"var scaleEdit{i} = {i};")), () => course.Build()),
            };
            var times = new Dictionary<string, IReadOnlyList<TimeSpan>>();
            foreach (var scenario in scenarios)
            {
                times[scenario.Name] = scenario.Run();
                Console.WriteLine($"scale {factor}× ({scaled.Documents} lessons and projects), {scenario.Name}: median {Scenario.Median(times[scenario.Name]).TotalSeconds:0.00} s ({string.Join(", ", times[scenario.Name].Select(t => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)))})");
            }
            Reset();
            runs.Add(new ScaleRun(factor, scaled.Lessons, scaled.Projects, cells, times, cellSeconds));
        }
        return runs;
    }
}

/// <summary>Reads the CLI's last line, "Build succeeded: 19 lessons, 6 projects, 4 pages, 251 cells, …".</summary>
public static class BuildSummary
{
    public static int? Cells(string log)
    {
        var match = System.Text.RegularExpressions.Regex.Match(log, @"Build succeeded: .*?(\d+) cells");
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }
}
