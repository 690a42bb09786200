using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using MathForML.Execution.Contract;
using MathForML.Execution.Programs;
using MathForML.Execution.Sessions;

namespace MathForML.Execution.Workers;

/// <summary>
/// One worker seen from the generator: sends it a lesson and turns what happens into results and
/// diagnostics — including the ways a cell can end the process (time limit, stack overflow,
/// Environment.Exit, out of memory). After any of those the worker is dead and the pool starts a
/// new one. The worker is a child process, or a cell server when the pool asks for one and it can
/// be had (<see cref="WorkerTransport"/>); either way this class sees the same protocol.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Task<WorkerTransport> _transport;
    private readonly Channel<WorkerMessage> _messages = Channel.CreateUnbounded<WorkerMessage>();
    private readonly Task _ready;
    private int _exitCodeFromCell = -1;
    private bool _broken;
    private bool _ended;

    private WorkerProcess(Task<WorkerTransport> transport)
    {
        _transport = transport;
        _ = Task.Run(ReadMessagesAsync);
        _ready = WaitForReadyAsync();
    }

    /// <summary>Whether the worker can take another lesson.</summary>
    public bool IsAlive => !_broken && !_ended && (!_transport.IsCompletedSuccessfully || !_transport.Result.HasExited);

    /// <summary>The worker's transport, once connected (null before, or if it could not be had).</summary>
    public WorkerTransport? Transport => _transport.IsCompletedSuccessfully ? _transport.Result : null;

    /// <summary>Starts a child worker process.</summary>
    public static WorkerProcess Start(WorkerOptions options)
    {
        RequireWorker(options);
        return new WorkerProcess(Task.FromResult<WorkerTransport>(ChildProcessTransport.Start(options)));
    }

    /// <summary>
    /// Connects to a cell server in one of <paramref name="slots"/> (starting it if it is not
    /// running); when every slot's server is serving another build, starts a child worker instead.
    /// </summary>
    public static WorkerProcess Connect(WorkerOptions options, IReadOnlyList<CellServerAddress> slots, TimeSpan idleTimeout)
    {
        RequireWorker(options);
        return new WorkerProcess(Task.Run(async () =>
        {
            foreach (var slot in slots)
            {
                try
                {
                    if (await CellServerTransport.ConnectAsync(options, slot, idleTimeout) is { } server) return (WorkerTransport)server;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Net.Sockets.SocketException
                                              or System.ComponentModel.Win32Exception or PlatformNotSupportedException or InvalidOperationException)
                {
                    break; // no cell servers here (no Unix sockets, no /bin/sh, an unwritable folder): a child worker does the job
                }
            }
            return ChildProcessTransport.Start(options);
        }));
    }

    private static void RequireWorker(WorkerOptions options)
    {
        if (!File.Exists(options.WorkerAssembly))
            throw new InvalidOperationException($"the cell worker {options.WorkerAssembly} is missing: the project that runs builds must reference site/MathForML.Worker");
    }

    private async Task ReadMessagesAsync()
    {
        try
        {
            var transport = await _transport;
            while (await transport.Output.ReadLineAsync() is { } line)
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
        catch (IOException)
        {
            // The connection broke: the worker is gone.
        }
        catch (ObjectDisposedException)
        {
        }
        finally
        {
            _ended = true;
            _messages.Writer.TryComplete();
        }
    }

    private async Task WaitForReadyAsync()
    {
        var transport = await _transport;
        if (transport.ReadyReceived) return;
        while (await _messages.Reader.WaitToReadAsync())
        {
            if (_messages.Reader.TryRead(out var message) && message.Event == WorkerMessage.Ready) return;
        }
        throw new InvalidOperationException("the cell worker stopped while starting: " + transport.CrashReport());
    }

    /// <summary>Runs one lesson. Never throws for what cells do; returns diagnostics instead.</summary>
    public async Task<LessonExecution> RunLessonAsync(LessonRequest request, CancellationToken cancellationToken)
    {
        await _ready.WaitAsync(cancellationToken);
        var results = new List<CellRun>();
        var diagnostics = new List<ExecutionDiagnostic>();
        var cells = request.Cells.ToDictionary(c => c.Index);
        var transport = await _transport;
        try
        {
            await transport.Input.WriteLineAsync(JsonSerializer.Serialize(request, WorkerJson.Options).AsMemory(), cancellationToken);
            await transport.Input.FlushAsync(cancellationToken);
        }
        catch (IOException)
        {
            // The worker is already gone: the message loop below reports it as a crash.
        }

        CellRequest? current = null;
        ConvertedProgram? program = null;
        var programTime = TimeSpan.Zero;
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
                    if (!outcome.Failed) results.Add(new CellRun(outcome.Index, outcome.Outputs, TimeSpan.FromMilliseconds(outcome.Milliseconds)));
                    current = null;
                    deadline = Timeout.InfiniteTimeSpan;
                    break;
                case WorkerMessage.ProgramDone:
                    (program, programTime) = (message.Program, TimeSpan.FromMilliseconds(message.Milliseconds));
                    break;
                case WorkerMessage.LessonDone:
                    return new LessonExecution(results, diagnostics) { Program = program, ProgramTime = programTime };
            }
        }
    }

    private ExecutionDiagnostic Crashed(LessonRequest request, CellRequest? cell)
    {
        _broken = true;
        var transport = _transport.Result;
        transport.WaitForExitAsync(TimeSpan.FromSeconds(2)).GetAwaiter().GetResult();
        var stderr = transport.CrashReport();
        string why;
        if (_exitCodeFromCell >= 0)
            why = $"the cell ended the process with Environment.Exit({_exitCodeFromCell.ToString(CultureInfo.InvariantCulture)}); cells must not exit";
        else if (stderr.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
            why = "the cell overflowed the stack (unbounded recursion?)";
        else if (stderr.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase) || stderr.Contains("out of memory", StringComparison.OrdinalIgnoreCase))
            why = "the cell ran out of memory (the worker's heap is capped)";
        else
            why = $"the cell crashed the worker (exit code {transport.ExitCodeText}){(stderr.Length > 0 ? ": " + FirstLine(stderr) : "")}";
        return ExecutionDiagnostic.Error(ExecutionCodes.CellCrashed, request.SourcePath, cell?.FenceLine ?? 1, 1, why);
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private void Kill()
    {
        _broken = true;
        _transport.Result.Kill();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        WorkerTransport transport;
        try
        {
            transport = await _transport;
        }
        catch (Exception)
        {
            return; // never connected: nothing to let go of
        }
        // A child worker ends with the build; a cell server that is still healthy stays for the next one.
        if ((!transport.Persistent || _broken) && !transport.HasExited) transport.Kill();
        await transport.DisposeAsync();
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
