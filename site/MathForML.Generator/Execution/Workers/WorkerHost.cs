using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MathForML.Generator.Execution.Workers;

/// <summary>
/// The main loop of a worker process: reads one <see cref="LessonRequest"/> a line, runs its cells in
/// a fresh <see cref="CellSession"/>, and reports each cell as it starts and ends. The parent
/// enforces time limits by killing the process, so the worker itself has none.
/// </summary>
public static class WorkerHost
{
    public static async Task<int> RunAsync(TextReader input, Stream output)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        var protocol = new StreamWriter(output, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        var gate = new object();
        void Send(WorkerMessage message)
        {
            var line = JsonSerializer.Serialize(message, WorkerJson.Options);
            lock (gate) protocol.WriteLine(line);
        }

        // Cells' console output is captured per cell; stray writes must never reach the protocol stream.
        CellSession.InstallConsoleCapture(TextWriter.Null);
        // Environment.Exit in a cell runs this before the process ends, so the parent can name the cause.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Send(new WorkerMessage(WorkerMessage.Exit) { ExitCode = Environment.ExitCode });

        await WarmUpAsync();
        Send(new WorkerMessage(WorkerMessage.Ready));

        while (await input.ReadLineAsync() is { } line)
        {
            if (line.Length == 0) continue;
            var request = JsonSerializer.Deserialize<LessonRequest>(line, WorkerJson.Options)
                ?? throw new InvalidDataException("empty lesson request");
            var session = new CellSession(request.SourcePath);
            session.Prepare(request.Cells);
            foreach (var cell in request.Cells)
            {
                Send(new WorkerMessage(WorkerMessage.Start) { Index = cell.Index });
                var outcome = await session.RunAsync(cell, CancellationToken.None);
                Send(new WorkerMessage(WorkerMessage.Done) { Index = cell.Index, Outcome = outcome });
                if (outcome.Failed) break;
            }
            Send(new WorkerMessage(WorkerMessage.LessonDone));
        }
        return 0;
    }

    /// <summary>
    /// Pays Roslyn's first-compile cost (loading the compiler, resolving references, JIT) once per
    /// worker, before any lesson is waiting on it.
    /// </summary>
    private static async Task WarmUpAsync()
    {
        var session = new CellSession("warmup.md");
        await session.RunAsync(new CellRequest(0, "var m = Matrix<double>.Build.DenseIdentity(2); var s = new[] { 1.0 }.Sum(); m * m", 1, 1, 1, false, 60), CancellationToken.None);
    }
}
