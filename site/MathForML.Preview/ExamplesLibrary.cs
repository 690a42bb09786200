using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MathForML.Generator.Model;

namespace MathForML.Preview;

/// <summary>The outcome of rebuilding examples/: a folder workers can start from, or the compiler's errors.</summary>
public sealed record ExamplesBuild(string? WorkerDirectory, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// Rebuilds the examples library after an edit and lays out a fresh worker folder around it: a copy
/// of the workers' own folder with the new <c>MathForML.Examples.dll</c>. New workers start from
/// there, so cells see the edit without restarting the server; the running process, which never
/// executes cells, keeps what it loaded. Compiler errors come back as diagnostics at their lines.
/// </summary>
public sealed partial class ExamplesLibrary(CourseSettings settings, string projectPath, string baseWorkerDirectory) : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), $"mathforml-preview-{Environment.ProcessId}-{Guid.NewGuid():N}");
    private int _generation;

    public const string AssemblyFile = "MathForML.Examples.dll";

    public string ProjectPath { get; } = projectPath;

    /// <summary>The examples project of a course (<c>examples/**/MathForML.Examples.csproj</c>), if it has one.</summary>
    public static string? FindProject(string courseRoot)
    {
        var examples = Path.Combine(courseRoot, "examples");
        return Directory.Exists(examples)
            ? Directory.EnumerateFiles(examples, "MathForML.Examples.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    [GeneratedRegex(@"^\s*(?<file>[^\s].*?)\((?<line>\d+),(?<column>\d+)\): error (?<code>[A-Z]+\d+): (?<message>.*?)(?: \[[^\]]*\])?$")]
    private static partial Regex CompilerError();

    public async Task<ExamplesBuild> BuildAsync(CancellationToken cancellationToken)
    {
        var generation = Interlocked.Increment(ref _generation);
        var built = Path.Combine(_scratch, $"build-{generation}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = settings.RootDirectory,
        };
        foreach (var argument in new[] { "build", ProjectPath, "-o", built, "--nologo", "-v", "quiet", "-clp:NoSummary" }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet to build examples/");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var output = await stdout + "\n" + await stderr;
        if (process.ExitCode != 0)
        {
            var problems = Problems(output);
            if (problems.Count == 0)
                problems = [Diagnostic.Error(DiagnosticCodes.ExamplesBuildFailed, new SourceLocation(settings.Relative(ProjectPath), 1, 1), "building the examples library failed: " + output.Trim().Split('\n')[^1].Trim())];
            return new ExamplesBuild(null, problems);
        }

        // A new folder per generation: running workers keep the files they started with.
        var workers = Path.Combine(_scratch, $"workers-{generation}");
        Directory.CreateDirectory(workers);
        foreach (var file in Directory.EnumerateFiles(baseWorkerDirectory))
            File.Copy(file, Path.Combine(workers, Path.GetFileName(file)));
        File.Copy(Path.Combine(built, AssemblyFile), Path.Combine(workers, AssemblyFile), overwrite: true);
        var pdb = Path.ChangeExtension(AssemblyFile, ".pdb");
        if (File.Exists(Path.Combine(built, pdb))) File.Copy(Path.Combine(built, pdb), Path.Combine(workers, pdb), overwrite: true);
        return new ExamplesBuild(workers, []);
    }

    /// <summary>The compiler's error lines, once each (MSBuild repeats them), with paths relative to the course.</summary>
    internal List<Diagnostic> Problems(string output)
    {
        var problems = new List<Diagnostic>();
        foreach (var line in output.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            var match = CompilerError().Match(line);
            if (!match.Success) continue;
            var file = match.Groups["file"].Value;
            var at = new SourceLocation(Path.IsPathRooted(file) ? settings.Relative(file) : file,
                int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture));
            var diagnostic = Diagnostic.Error(match.Groups["code"].Value, at, match.Groups["message"].Value);
            if (!problems.Contains(diagnostic)) problems.Add(diagnostic);
        }
        return problems;
    }

    /// <summary>Deletes worker folders of earlier generations (their workers are gone).</summary>
    public void Prune(string keep)
    {
        if (!Directory.Exists(_scratch)) return;
        foreach (var dir in Directory.EnumerateDirectories(_scratch))
        {
            if (string.Equals(dir, keep, StringComparison.Ordinal)) continue;
            TryDelete(dir);
        }
    }

    public void Dispose() => TryDelete(_scratch);

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
