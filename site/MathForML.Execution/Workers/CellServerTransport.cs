using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace MathForML.Execution.Workers;

/// <summary>
/// A build's connection to a cell server (<see cref="CellServerHost"/>): finds the server of its
/// slot or starts one, detached from this build (its own session, stdio on /dev/null, stderr to a
/// log next to the socket), and waits for it to be ready. Returns null when the slot's server is
/// serving another build, so the pool tries another slot or starts a child worker.
/// </summary>
public sealed class CellServerTransport : WorkerTransport
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly CellServerAddress _address;
    private readonly int _pid;
    private readonly bool _reused;

    private CellServerTransport(Socket socket, NetworkStream stream, StreamReader output, CellServerAddress address, int pid, bool reused)
    {
        _socket = socket;
        _stream = stream;
        _address = address;
        _pid = pid;
        _reused = reused;
        Output = output;
        Input = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
    }

    /// <summary>How long a server just started may take to warm up before the build gives up on it.</summary>
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    public static async Task<CellServerTransport?> ConnectAsync(WorkerOptions options, CellServerAddress address, TimeSpan idleTimeout, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(address.SocketPath)!);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.GetDirectoryName(address.SocketPath)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var clock = Stopwatch.StartNew();
        Process? started = null;
        while (true)
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(address.SocketPath), cancellationToken);
            }
            catch (SocketException) when (clock.Elapsed < StartLimit)
            {
                socket.Dispose();
                if (started is null) started = Spawn(options, address, idleTimeout);
                else if (started.HasExited && !File.Exists(address.SocketPath)) return null; // it could not start (or lost the slot): no server here
                await Task.Delay(20, cancellationToken);
                continue;
            }
            catch (SocketException)
            {
                socket.Dispose();
                return null;
            }

            var stream = new NetworkStream(socket, ownsSocket: true);
            var output = new StreamReader(stream, Encoding.UTF8);
            var first = await ReadFirstAsync(output, cancellationToken);
            if (first is { Event: WorkerMessage.Ready, Pid: > 0 })
                return new CellServerTransport(socket, stream, output, address, first.Pid, reused: started is null);
            await stream.DisposeAsync(); // busy with another build, or it died while warming up
            return null;
        }
    }

    private static async Task<WorkerMessage?> ReadFirstAsync(StreamReader output, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StartLimit);
        try
        {
            var line = await output.ReadLineAsync(limit.Token);
            return line is null ? null : JsonSerializer.Deserialize<WorkerMessage>(line, WorkerJson.Options);
        }
        catch (Exception e) when (e is IOException or JsonException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>
    /// Starts the server through <c>sh</c> so it holds none of this build's pipes (a build whose
    /// output is read to its end must not wait for a server that lives on) and, with <c>setsid</c>,
    /// is not in the terminal's process group (Ctrl+C on a build does not kill the warm server).
    /// </summary>
    private static Process Spawn(WorkerOptions options, CellServerAddress address, TimeSpan idleTimeout)
    {
        const string script = """
            log="$1"; shift
            if command -v setsid >/dev/null 2>&1; then exec setsid "$@" </dev/null >/dev/null 2>>"$log"; fi
            exec "$@" </dev/null >/dev/null 2>>"$log"
            """;
        var workingDirectory = ChildProcessTransport.WorkingDirectory();
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (var argument in new[]
                 {
                     "-c", script, "sh", address.LogPath, ChildProcessTransport.DotnetHost(), options.WorkerAssembly,
                     "--listen", address.SocketPath, "--idle-seconds", ((int)idleTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(argument);
        }
        ChildProcessTransport.ApplyCleanEnvironment(start, workingDirectory, options);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start a cell server");
    }

    public override StreamWriter Input { get; }

    public override StreamReader Output { get; }

    public CellServerAddress Address => _address;

    public override bool ReadyReceived => true;

    public override bool Persistent => true;

    public override bool Reused => _reused;

    public override string CrashReport()
    {
        try
        {
            using var log = new FileStream(_address.LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(log);
            var buffer = new char[StderrLimit];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            return new string(buffer, 0, read).Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }

    public override string ExitCodeText => "unknown";

    public override bool HasExited
    {
        get
        {
            try
            {
                using var process = Process.GetProcessById(_pid);
                return process.HasExited;
            }
            catch (ArgumentException)
            {
                return true;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    public override async Task WaitForExitAsync(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!HasExited && clock.Elapsed < limit) await Task.Delay(20);
    }

    public override void Kill() => CellServerProcesses.Stop(_pid);

    public override async ValueTask DisposeAsync()
    {
        // Closing the connection ends this build's session; the server stays for the next build.
        await Input.DisposeAsync().ConfigureAwait(false);
        Output.Dispose();
        await _stream.DisposeAsync().ConfigureAwait(false);
        _socket.Dispose();
    }
}
