using System.Globalization;
using MathForML.Cli.Commands;
using MathForML.Preview;

namespace MathForML.Cli.Terminal;

/// <summary>The terminal side of <c>serve</c>: where it listens, what triggered each build, and how it went.</summary>
public sealed class ConsolePreviewReporter(string courseRoot) : IPreviewReporter
{
    public void Listening(Uri url, bool watchingTheme)
    {
        Console.WriteLine($"Serving {url} — watching input/, examples/{(watchingTheme ? " and site/theme/" : "")}. Press Ctrl+C to stop.");
    }

    public void Rebuilding(int number, IReadOnlyList<SourceChange> trigger)
    {
        if (number == 1)
        {
            Console.WriteLine("Building the site…");
            return;
        }
        var names = trigger.Select(c => Path.GetRelativePath(courseRoot, c.Path).Replace('\\', '/')).Distinct().ToList();
        var what = names.Count <= 3 ? string.Join(", ", names) : $"{string.Join(", ", names.Take(3))} and {names.Count - 3} more";
        Console.WriteLine($"{Time()} Changed: {what}");
    }

    public void ExamplesRebuilding() => Console.WriteLine("  rebuilding the examples library (dotnet build)…");

    public void Rebuilt(PreviewRebuild rebuild)
    {
        DiagnosticPrinter.Print(rebuild.Diagnostics);
        var seconds = rebuild.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var errors = rebuild.Diagnostics.Count(d => d.IsError);
        var warnings = rebuild.Diagnostics.Count - errors;
        if (rebuild.Failure is not null)
        {
            Console.Error.WriteLine($"{Time()} The build stopped unexpectedly after {seconds} s: {rebuild.Failure}. Still serving the last good site.");
        }
        else if (rebuild.State == BuildState.Failed)
        {
            Console.Error.WriteLine($"{Time()} Build failed in {seconds} s: {errors} error(s), {warnings} warning(s). The page shows them; the last good site stays up until they are fixed.");
        }
        else
        {
            var changed = rebuild.Changes.Written.Count + rebuild.Changes.Deleted.Count;
            var files = changed == 0 ? "nothing changed" : $"{changed} file(s) updated, open pages reload";
            Console.WriteLine($"{Time()} Built in {seconds} s: {files}{(warnings > 0 ? $", {warnings} warning(s)" : "")}.");
        }
    }

    private static string Time() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
