using System.Diagnostics;

namespace MathForML.Tests.Support;

/// <summary>What a process (the <c>mathforml</c> command, a <c>dotnet</c> command) printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";

    /// <summary>Runs <paramref name="start"/> to its end (at most <paramref name="limit"/>), reading both streams, with LF line ends.</summary>
    public static async Task<CliRun> RunAsync(ProcessStartInfo start, TimeSpan limit)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, (await output).Replace("\r\n", "\n"), (await error).Replace("\r\n", "\n"));
    }
}

/// <summary>
/// Runs the real CLI (built next to this project, in the same configuration) as a process, the way a
/// contributor or CI runs it: its exit code, its output, and an environment the test controls.
/// </summary>
public static class CliProcess
{
    private static readonly string Dll = Path.Combine(RepositoryPaths.Root, "site", "MathForML.Cli", "bin",
        // The tests' own configuration: .../bin/CONFIGURATION/net10.0/
        Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar))!),
        "net10.0", "mathforml.dll");

    public static async Task<CliRun> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        Assert.True(File.Exists(Dll), $"the CLI is not built: {Dll}");
        var start = new ProcessStartInfo("dotnet");
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test decides whether the command thinks it runs under CI, whatever runs the tests.
        foreach (var name in new[] { "CI", "GITHUB_ACTIONS", "TF_BUILD" }) start.Environment.Remove(name);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        return await CliRun.RunAsync(start, TimeSpan.FromMinutes(5));
    }
}
