using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using MathForML.Cli.Terminal;
using MathForML.Generator.Commands;
using MathForML.Generator.Settings;

namespace MathForML.Cli.Commands;

/// <summary><c>build</c>: executes every lesson and writes the site to output/.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where to write the site (default: output/ in the course folder)" };
        var accept = new Option<bool>("--accept") { Description = "Record the cell outputs as the verified snapshots instead of comparing with them" };
        var noCache = new Option<bool>("--no-cache") { Description = "Execute every cell and render every formula again, ignoring .cache/" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each build stage took" };
        var pdf = new Option<bool>("--pdf") { Description = "Also print the course to downloads/math-for-ml.pdf with chromium (in parts, each cached: after an edit only the changed lessons print again)" };
        var noServer = new Option<bool>("--no-server") { Description = "Run cells in workers that end with the build, not in cell servers kept warm for the next build (always so when CI is set)" };
        var command = new Command("build", "Build the site: run every cell, render math and pages, index for search, write output/.\nExit codes: 0 built, 1 the course has errors (listed in MSBuild format), 2 bad usage or missing tools.")
        {
            root, output, accept, noCache, timings, pdf, noServer,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
            if (!CommonOptions.TryLoadSettings(parse.GetValue(root)!.FullName, parse.GetValue(output)?.FullName, out var settings)) return ExitCodes.UsageOrEnvironment;

            Console.WriteLine($"Building {settings.Relative(settings.InputDirectory)}/ → {settings.Relative(settings.OutputDirectory)}/");
            var clock = Stopwatch.StartNew();
            var options = new BuildOptions { AcceptSnapshots = parse.GetValue(accept), UseCache = !parse.GetValue(noCache), PrintPdf = parse.GetValue(pdf),
                UseCellServers = MathForML.Execution.Workers.CellServerPolicy.Enabled(parse.GetValue(noServer), Environment.GetEnvironmentVariable) };
            var upToDate = UpToDateCheck.Take(settings, options);
            if (upToDate.LastSummaryIfCurrent(options) is { } last)
            {
                Console.WriteLine($"Up to date: nothing the build reads changed since the last build, and {settings.Relative(settings.OutputDirectory)}/ is as it wrote it.");
                Console.WriteLine($"{last} (checked in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)");
                return ExitCodes.Success;
            }
            var result = await BuildProgress.RunAsync(log => SiteBuilder.BuildAsync(settings, options, log, cancellationToken: cancellationToken));
            var course = result.Course;
            if (parse.GetValue(timings))
            {
                foreach (var (stage, duration) in result.Timings)
                    Console.WriteLine($"  {stage,-20} {duration.TotalMilliseconds,8:0} ms");
            }
            DiagnosticPrinter.Print(course.Diagnostics);

            var errors = course.Diagnostics.Count(d => d.IsError);
            var warnings = course.Diagnostics.Length - errors;
            var cells = course.Documents.Sum(d => d.Results.Count);
            var charts = course.Charts.Count();
            var seconds = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            if (errors > 0)
            {
                upToDate.Record(course, options, "");
                Console.Error.WriteLine($"Build failed: {errors} error(s), {warnings} warning(s) in {seconds} s. The previous output was left as it was.");
                return ExitCodes.CourseErrors;
            }
            var projects = course.Projects.IsEmpty ? "" : $"{course.Projects.Length} projects, ";
            var summary = $"Build succeeded: {course.Lessons.Length} lessons, {projects}{course.Pages.Length} pages, {cells} cells, {charts} charts, {warnings} warning(s)";
            upToDate.Record(course, options, summary);
            Console.WriteLine($"{summary} in {seconds} s.");
            return ExitCodes.Success;
        });
        return command;
    }
}
