using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using MathForML.Generator.Model;

namespace MathForML.Generator.Execution.Workers;

/// <summary>
/// One worker process seen from the generator: starts it with a clean environment, sends it a
/// lesson, and turns what happens into results and diagnostics — including the ways a cell can end
/// the process (time limit, stack overflow, Environment.Exit, out of memory). After any of those
/// the worker is dead and the pool starts a new one.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<WorkerMessage> _messages = Channel.CreateUnbounded<WorkerMessage>();
    private readonly StringBuilder _stderr = new();
    private readonly string _workingDirectory;
    private readonly Task _ready;
    private int _exitCodeFromCell = -1;

    /// <summary>Cap on what is kept of a worker's stderr (the runtime's crash report), for the diagnostic.</summary>
    private const int StderrLimit = 16 * 1024;

    public bool IsAlive => !_process.HasExited && !_broken;

    private bool _broken;

    private WorkerProcess(Process process, string workingDirectory)
    {
        _process = process;
        _workingDirectory = workingDirectory;
        _ = Task.Run(ReadMessagesAsync);
        _ = Task.Run(ReadErrorsAsync);
        _ready = WaitForReadyAsync();
    }

    public static WorkerProcess Start(WorkerOptions options)
    {
        if (!File.Exists(options.WorkerAssembly))
            throw new InvalidOperationException($"the cell worker {options.WorkerAssembly} is missing: the project that runs builds must reference site/MathForML.Worker");
        var workingDirectory = Path.Combine(Path.GetTempPath(), "mathforml-worker-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workingDirectory);
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
        // No inherited secrets: the worker sees only what it needs to run .NET.
        start.Environment.Clear();
        foreach (var (key, value) in CleanEnvironment(workingDirectory, options)) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start a cell worker");
        return new WorkerProcess(process, workingDirectory);
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
    private static string DotnetHost()
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }

    private async Task ReadMessagesAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                WorkerMessage? message;
                try
                {
                    message = JsonSerializer.Deserialize<WorkerMessage>(line, WorkerJson.Options);
                }
                catch (JsonException)
                {
                    continue; // not ours: the protocol stream is never written by cells
                }
                if (message is null) continue;
                if (message.Event == WorkerMessage.Exit) _exitCodeFromCell = message.ExitCode;
                await _messages.Writer.WriteAsync(message);
            }
        }
        finally
        {
            _messages.Writer.TryComplete();
        }
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

    private async Task WaitForReadyAsync()
    {
        while (await _messages.Reader.WaitToReadAsync())
        {
            if (_messages.Reader.TryRead(out var message) && message.Event == WorkerMessage.Ready) return;
        }
        throw new InvalidOperationException("the cell worker stopped while starting: " + StderrText());
    }

    /// <summary>Runs one lesson. Never throws for what cells do; returns diagnostics instead.</summary>
    public async Task<LessonExecution> RunLessonAsync(LessonRequest request, CancellationToken cancellationToken)
    {
        await _ready.WaitAsync(cancellationToken);
        var results = new List<CellResult>();
        var diagnostics = new List<Diagnostic>();
        var cells = request.Cells.ToDictionary(c => c.Index);
        await _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(request, WorkerJson.Options).AsMemory(), cancellationToken);
        await _process.StandardInput.FlushAsync(cancellationToken);

        CellRequest? current = null;
        var deadline = Timeout.InfiniteTimeSpan;
        while (true)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (deadline != Timeout.InfiniteTimeSpan) limit.CancelAfter(deadline);
            WorkerMessage message;
            try
            {
                if (!await _messages.Reader.WaitToReadAsync(limit.Token))
                {
                    diagnostics.Add(Crashed(request, current));
                    return new LessonExecution(results, diagnostics);
                }
                if (!_messages.Reader.TryRead(out message!)) continue;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The cell's time is up: only killing the process stops a loop that never yields.
                Kill();
                diagnostics.Add(Timeouts.Diagnostic(request.SourcePath, current!));
                return new LessonExecution(results, diagnostics);
            }

            switch (message.Event)
            {
                case WorkerMessage.Start:
                    current = cells[message.Index];
                    deadline = TimeSpan.FromSeconds(current.TimeoutSeconds);
                    break;
                case WorkerMessage.Done when message.Outcome is { } outcome:
                    diagnostics.AddRange(outcome.Diagnostics);
                    if (outcome.RanOutOfMemory) _broken = true; // finish the lesson, then the pool replaces this worker
                    if (!outcome.Failed) results.Add(new CellResult(outcome.Index, outcome.Outputs, TimeSpan.FromMilliseconds(outcome.Milliseconds)));
                    current = null;
                    deadline = Timeout.InfiniteTimeSpan;
                    break;
                case WorkerMessage.LessonDone:
                    return new LessonExecution(results, diagnostics);
            }
        }
    }

    private Diagnostic Crashed(LessonRequest request, CellRequest? cell)
    {
        _broken = true;
        _process.WaitForExit(2000);
        var at = new SourceLocation(request.SourcePath, cell?.FenceLine ?? 1, 1);
        var stderr = StderrText();
        string why;
        if (_exitCodeFromCell >= 0)
            why = $"the cell ended the process with Environment.Exit({_exitCodeFromCell.ToString(CultureInfo.InvariantCulture)}); cells must not exit";
        else if (stderr.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
            why = "the cell overflowed the stack (unbounded recursion?)";
        else if (stderr.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase) || stderr.Contains("out of memory", StringComparison.OrdinalIgnoreCase))
            why = "the cell ran out of memory (the worker's heap is capped)";
        else
            why = $"the cell crashed the worker (exit code {(_process.HasExited ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "unknown")}){(stderr.Length > 0 ? ": " + FirstLine(stderr) : "")}";
        return Diagnostic.Error(DiagnosticCodes.CellCrashed, at, why);
    }

    private string StderrText()
    {
        lock (_stderr) return _stderr.ToString().Trim();
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private void Kill()
    {
        _broken = true;
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

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return ValueTask.CompletedTask;
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

    private int _disposed;
}

/// <summary>Where the worker is and how much it may use.</summary>
public sealed record WorkerOptions(string WorkerAssembly, long MemoryLimitBytes)
{
    public const long DefaultMemoryLimit = 2L * 1024 * 1024 * 1024;

    /// <summary>The worker assembly ships next to the generator (the CLI and the tests reference it).</summary>
    public static WorkerOptions Default { get; } = new(Path.Combine(AppContext.BaseDirectory, "MathForML.Worker.dll"), DefaultMemoryLimit);
}
