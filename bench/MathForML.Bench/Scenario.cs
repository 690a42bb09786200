using System.Diagnostics;

namespace MathForML.Bench;

/// <summary>One measured situation: a preparation (untimed) and the timed command, run several times.</summary>
public sealed record Scenario(string Name, string What, int Runs, Action<int> Prepare, Func<TimeSpan> Measure)
{
    public IReadOnlyList<TimeSpan> Run()
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < Runs; i++)
        {
            Prepare(i);
            times.Add(Measure());
        }
        return times;
    }

    public static TimeSpan Median(IReadOnlyList<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Runs a process to completion and returns its wall time; a failure stops the benchmark.</summary>
    public static TimeSpan Time(string file, string arguments, string workingDirectory, Action<string>? output = null)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var elapsed = clock.Elapsed;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"'{file} {arguments}' failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        output?.Invoke(stdout.Result);
        return elapsed;
    }
}
