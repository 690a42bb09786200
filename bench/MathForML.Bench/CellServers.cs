using System.Diagnostics;

namespace MathForML.Bench;

/// <summary>Stops the cell servers of one worker installation (their command lines name it).</summary>
public static class CellServers
{
    public static void Stop(string workerAssembly)
    {
        foreach (var proc in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(proc), out var pid)) continue;
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(proc, "cmdline")).Split('\0');
                if (!commandLine.Contains(workerAssembly) || !commandLine.Contains("--listen")) continue;
                using var process = Process.GetProcessById(pid);
                process.Kill();
                process.WaitForExit(5000);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                // It ended on its own meanwhile.
            }
        }
    }
}
