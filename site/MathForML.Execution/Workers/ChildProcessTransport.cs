using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace MathForML.Execution.Workers;

/// <summary>
/// A worker started as a child process of this build, with a clean environment and a temporary
/// working folder, talking JSON lines over stdin/stdout; it ends with the build.
/// </summary>
public sealed class ChildProcessTransport : WorkerTransport
{
    private readonly Process _process;
    private readonly string _workingDirectory;
    private readonly StringBuilder _stderr = new();

    private ChildProcessTransport(Process process, string workingDirectory)
    {
        _process = process;
        _workingDirectory = workingDirectory;
        _ = Task.Run(ReadErrorsAsync);
    }

    public static ChildProcessTransport Start(WorkerOptions options)
    {
        var workingDirectory = WorkingDirectory();
        var start = new ProcessStartInfo(DotnetHost(), $"\"{options.WorkerAssembly}\"")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        ApplyCleanEnvironment(start, workingDirectory, options);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start a cell worker");
        return new ChildProcessTransport(process, workingDirectory);
    }

    public override StreamWriter Input => _process.StandardInput;

    public override StreamReader Output => _process.StandardOutput;

    public override bool HasExited => _process.HasExited;

    public override string ExitCodeText => _process.HasExited ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "unknown";

    public override string CrashReport()
    {
        lock (_stderr) return _stderr.ToString().Trim();
    }

    public override Task WaitForExitAsync(TimeSpan limit)
    {
        _process.WaitForExit(limit);
        return Task.CompletedTask;
    }

    public override void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Exiting at this moment.
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    public override ValueTask DisposeAsync()
    {
        // Idle workers hold no state worth a graceful goodbye; killing is immediate.
        if (!_process.HasExited) Kill();
        _process.Dispose();
        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
        return ValueTask.CompletedTask;
    }

    private async Task ReadErrorsAsync()
    {
        var buffer = new char[4096];
        int read;
        while ((read = await _process.StandardError.ReadAsync(buffer)) > 0)
        {
            lock (_stderr)
            {
                if (_stderr.Length < StderrLimit) _stderr.Append(buffer, 0, System.Math.Min(read, StderrLimit - _stderr.Length));
            }
        }
    }

    /// <summary>A fresh temporary folder for a worker to run in.</summary>
    internal static string WorkingDirectory()
    {
        var workingDirectory = Path.Combine(Path.GetTempPath(), "mathforml-worker-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workingDirectory);
        return workingDirectory;
    }

    /// <summary>No inherited secrets: the worker sees only what it needs to run .NET.</summary>
    internal static void ApplyCleanEnvironment(ProcessStartInfo start, string workingDirectory, WorkerOptions options)
    {
        start.Environment.Clear();
        foreach (var (key, value) in CleanEnvironment(workingDirectory, options)) start.Environment[key] = value;
    }

    internal static IEnumerable<(string Key, string Value)> CleanEnvironment(string workingDirectory, WorkerOptions options)
    {
        yield return ("PATH", "/usr/local/bin:/usr/bin:/bin");
        yield return ("HOME", workingDirectory);
        yield return ("TMPDIR", workingDirectory);
        yield return ("LANG", "C.UTF-8");
        yield return ("DOTNET_CLI_TELEMETRY_OPTOUT", "1");
        yield return ("DOTNET_NOLOGO", "1");
        yield return ("DOTNET_gcServer", "0");
        // The runtime throws OutOfMemoryException past this heap size instead of exhausting the machine.
        yield return ("DOTNET_GCHeapHardLimit", "0x" + options.MemoryLimitBytes.ToString("X", CultureInfo.InvariantCulture));
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(root)) yield return ("DOTNET_ROOT", root);
    }

    /// <summary>The dotnet host that runs this process's runtime: &lt;root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;/ → &lt;root&gt;/dotnet.</summary>
    internal static string DotnetHost()
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }
}
