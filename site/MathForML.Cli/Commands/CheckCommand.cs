using System.CommandLine;
using System.Globalization;
using MathForML.Cli.Terminal;
using MathForML.Generator.Commands;
using MathForML.Generator.Reporting;

namespace MathForML.Cli.Commands;

/// <summary><c>check</c>: everything a pull request is reviewed for, listed at its place, nothing written to output/.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var noCache = new Option<bool>("--no-cache") { Description = "Execute every cell and render every formula again, ignoring .cache/" };
        var command = new Command("check", """
            Check the course before a pull request, without writing output/: front matter, links and anchors,
            images (the file exists, it has alt text), every cell (compile errors, exceptions, time limits),
            snapshots (outputs differ, missing, or dangling without a lesson), and LaTeX. Every problem is
            listed in MSBuild format, path(line,col): error|warning CODE: message. With CI=true (GitHub
            Actions) each is also written as an ::error/::warning annotation on the pull request.
            Changed outputs are written as tests/snapshots/NAME.received.txt for `accept`.
            Exit codes: 0 no errors, 1 the course has errors, 2 bad usage or missing tools.
            """)
        {
            root, noCache,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
            if (!CommonOptions.TryLoadSettings(parse.GetValue(root)!.FullName, null, out var settings)) return ExitCodes.UsageOrEnvironment;

            Console.WriteLine($"Checking {settings.Relative(settings.InputDirectory)}/");
            var result = await BuildProgress.RunAsync(log => CourseCheck.RunAsync(settings, log, useCache: !parse.GetValue(noCache), cancellationToken));
            var diagnostics = result.Course.Diagnostics;
            DiagnosticPrinter.Print(diagnostics);
            if (GitHubAnnotation.IsWanted(Environment.GetEnvironmentVariable))
            {
                foreach (var diagnostic in DiagnosticPrinter.Ordered(diagnostics)) Console.WriteLine(GitHubAnnotation.Format(diagnostic));
            }

            var errors = diagnostics.Count(d => d.IsError);
            var warnings = diagnostics.Length - errors;
            var lessons = result.Course.Lessons.Length;
            if (errors > 0)
            {
                Console.Error.WriteLine($"Check failed: {errors} error(s), {warnings} warning(s) in {lessons} lesson(s).");
                if (diagnostics.Any(d => d.Code is Generator.Model.DiagnosticCodes.SnapshotMismatch or Generator.Model.DiagnosticCodes.SnapshotMissing))
                    Console.Error.WriteLine("Review the received snapshots (git diff --no-index tests/snapshots/NAME.verified.txt tests/snapshots/NAME.received.txt), then run `accept`.");
                return ExitCodes.CourseErrors;
            }
            Console.WriteLine($"Check passed: {lessons} lesson(s), {warnings} warning(s).");
            return ExitCodes.Success;
        });
        return command;
    }
}
