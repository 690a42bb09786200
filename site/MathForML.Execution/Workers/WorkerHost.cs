using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using MathForML.Execution.Contract;
using MathForML.Execution.Programs;
using MathForML.Execution.Sessions;

namespace MathForML.Execution.Workers;

/// <summary>
/// The main loop of a worker process: reads one <see cref="LessonRequest"/> a line, runs its cells in
/// a fresh <see cref="CellSession"/>, and reports each cell as it starts and ends. The parent
/// enforces time limits by killing the process, so the worker itself has none. A worker serves its
/// parent over stdin/stdout (<see cref="RunAsync"/>) or, as a cell server, one build at a time over
/// a socket (<see cref="CellServerHost"/>).
/// </summary>
public static class WorkerHost
{
    /// <summary>The exit code of a worker whose parent left while a lesson ran.</summary>
    public const int AbandonedExitCode = 3;

    private static readonly Lock SendGate = new();
    private static StreamWriter? _session;

    /// <summary>Serves the parent process over stdin/stdout until stdin closes.</summary>
    public static async Task<int> RunAsync(TextReader input, Stream output)
    {
        Prepare();
        await WarmUpAsync();
        await RunSessionAsync(input, output);
        return 0;
    }

    /// <summary>Once per process: invariant culture, console capture, and the exit report.</summary>
    public static void Prepare()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        // Cells' console output is captured per cell; stray writes must never reach the protocol stream.
        CellSession.InstallConsoleCapture(TextWriter.Null);
        // Environment.Exit in a cell runs this before the process ends, so the parent can name the cause.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Send(new WorkerMessage(WorkerMessage.Exit) { ExitCode = Environment.ExitCode });
    }

    /// <summary>
    /// One parent's session: says it is ready (with this process's id, which a parent that did not
    /// start the process needs in order to kill it), then runs lessons until the input ends.
    /// </summary>
    public static async Task<int> RunSessionAsync(TextReader input, Stream output)
    {
        var protocol = new StreamWriter(output, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        lock (SendGate) _session = protocol;
        var lessons = 0;
        var lessonRunning = 0;
        // Requests are read as they come, so the end of the input is seen at once, even mid-lesson: a
        // parent that went away (a build stopped with Ctrl+C, or killed) can no longer enforce time
        // limits, and a looping cell would otherwise run for nobody for ever.
        var requests = Channel.CreateUnbounded<string>();
        _ = Task.Run(async () =>
        {
            try
            {
                while (await input.ReadLineAsync() is { } line) await requests.Writer.WriteAsync(line);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // The input broke: the same as its end.
            }
            finally
            {
                requests.Writer.TryComplete();
                if (Volatile.Read(ref lessonRunning) == 1) Environment.Exit(AbandonedExitCode);
            }
        }, CancellationToken.None);
        try
        {
            Send(new WorkerMessage(WorkerMessage.Ready) { Pid = Environment.ProcessId });
            while (await requests.Reader.WaitToReadAsync())
            {
                if (!requests.Reader.TryRead(out var line) || line.Length == 0) continue;
                if (requests.Reader.Completion.IsCompleted) break; // sent just before the parent left: nobody waits for it
                Volatile.Write(ref lessonRunning, 1);
                var request = JsonSerializer.Deserialize<LessonRequest>(line, WorkerJson.Options)
                    ?? throw new InvalidDataException("empty lesson request");
                var session = new CellSession(request.SourcePath);
                session.Prepare(request.Cells);
                var allRan = true;
                foreach (var cell in request.Cells)
                {
                    Send(new WorkerMessage(WorkerMessage.Start) { Index = cell.Index });
                    var outcome = await session.RunAsync(cell, CancellationToken.None);
                    Send(new WorkerMessage(WorkerMessage.Done) { Index = cell.Index, Outcome = outcome });
                    allRan = !outcome.Failed;
                    if (!allRan) break;
                }
                // Converting compiles the cells once more, with the compiler this process has warm;
                // the build's own process would first have to load and JIT it (seconds, on a first build).
                if (allRan && request.WantsProgram)
                {
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    var program = ProgramConverter.Convert(request.SourcePath, request.ProgramCells(), CancellationToken.None);
                    Send(new WorkerMessage(WorkerMessage.ProgramDone) { Program = program, Milliseconds = clock.Elapsed.TotalMilliseconds });
                }
                Send(new WorkerMessage(WorkerMessage.LessonDone));
                Volatile.Write(ref lessonRunning, 0);
                lessons++;
            }
        }
        finally
        {
            lock (SendGate) _session = null;
        }
        return lessons;
    }

    private static void Send(WorkerMessage message)
    {
        var line = JsonSerializer.Serialize(message, WorkerJson.Options);
        lock (SendGate)
        {
            try
            {
                _session?.WriteLine(line);
            }
            catch (IOException)
            {
                // Nobody is listening any more.
            }
            catch (ObjectDisposedException)
            {
                // The session's stream closed while this was on its way.
            }
        }
    }

    /// <summary>
    /// Pays Roslyn's first-compile cost (loading the compiler, resolving references, JIT) once per
    /// worker, before any lesson is waiting on it.
    /// </summary>
    public static async Task WarmUpAsync()
    {
        var session = new CellSession("warmup.md");
        await session.RunAsync(new CellRequest(0, "var m = Matrix<double>.Build.DenseIdentity(2); var s = new[] { 1.0 }.Sum(); m * m", 1, 1, 1, false, 60), CancellationToken.None);
    }
}
