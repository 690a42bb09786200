using System.Diagnostics;

namespace MathForML.Execution.Workers;

/// <summary>
/// Finds and stops running cell servers by their command line (which names the worker assembly
/// and the socket, and so the installation and the folder they belong to). Linux only: it reads
/// /proc. The benchmark stops servers before a cold build; tests stop the ones they started.
/// </summary>
public static class CellServerProcesses
{
    /// <summary>Stops every cell server whose command line has an argument containing <paramref name="fragment"/>; returns how many.</summary>
    public static int StopAll(string fragment)
    {
        if (!Directory.Exists("/proc")) return 0;
        var stopped = 0;
        foreach (var proc in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(proc), out var pid)) continue;
            try
            {
                var arguments = File.ReadAllText(Path.Combine(proc, "cmdline")).Split('\0');
                if (!arguments.Contains("--listen") || !arguments.Any(a => a.Contains(fragment, StringComparison.Ordinal))) continue;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // it ended on its own meanwhile
            }
            Stop(pid);
            stopped++;
        }
        return stopped;
    }

    /// <summary>Kills a server (one the caller did not start, so it is found by id) and waits for it to end.</summary>
    public static void Stop(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }
}
