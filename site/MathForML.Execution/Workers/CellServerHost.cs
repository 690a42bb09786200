using System.Net.Sockets;
using System.Text;

namespace MathForML.Execution.Workers;

/// <summary>
/// A worker that outlives the build that started it, as Roslyn's compiler server (VBCSCompiler) and
/// Gradle's daemon do: it warms up once, then serves one build at a time over a Unix socket, so a
/// rebuild after a one-cell edit does not pay a process start and Roslyn's warm-up again. It holds
/// a lock file for its slot while it lives (a second server for the slot exits at once), answers
/// <c>busy</c> to a build that connects while another is being served, gives every session a fresh
/// working folder, and exits after <see cref="IdleTimeout"/> without a build, or once it has
/// run <see cref="MaxLessons"/> lessons (submissions' assemblies cannot be unloaded, so a server
/// that lived for ever would only grow). A cell that kills the process takes only this server down;
/// the next build starts another.
/// </summary>
public sealed class CellServerHost(CellServerAddress address, TimeSpan idleTimeout)
{
    public TimeSpan IdleTimeout { get; } = idleTimeout;

    public const int MaxLessons = 400;

    private static readonly TimeSpan HandOverGrace = TimeSpan.FromSeconds(2);

    private readonly string _workRoot = Environment.CurrentDirectory;
    private int _lessons;

    public async Task<int> RunAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(address.SocketPath)!);
        FileStream slotLock;
        try
        {
            slotLock = new FileStream(address.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return 0; // another server holds this slot: builds will find that one
        }

        using (slotLock)
        using (var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            // The lock proves any socket file left here belongs to a server that is gone.
            File.Delete(address.SocketPath);
            listener.Bind(new UnixDomainSocketEndPoint(address.SocketPath));
            listener.Listen(8);
            WorkerHost.Prepare();
            var warmUp = WorkerHost.WarmUpAsync();
            try
            {
                await ServeAsync(listener, warmUp);
            }
            finally
            {
                File.Delete(address.SocketPath);
            }
        }
        // The folder the server was started in is its own (a fresh temporary one): leave nothing behind.
        if (Path.GetFileName(_workRoot).StartsWith("mathforml-worker-", StringComparison.Ordinal)) TryDelete(_workRoot);
        return 0;
    }

    private async Task ServeAsync(Socket listener, Task warmUp)
    {
        Task? current = null;
        var accept = listener.AcceptAsync();
        while (true)
        {
            // While a build is being served there is no idle clock; it starts when the build leaves.
            var waitFor = current ?? Task.Delay(IdleTimeout);
            if (await Task.WhenAny(accept, waitFor) != accept)
            {
                if (current is null) return; // idle for too long
                current = null;
                if (Volatile.Read(ref _lessons) >= MaxLessons) return;
                continue;
            }
            var client = await accept;
            accept = listener.AcceptAsync();
            // The build before may still be closing its session as the next one connects: a moment's grace.
            if (current is not null && await Task.WhenAny(current, Task.Delay(HandOverGrace)) == current)
            {
                current = null;
                if (Volatile.Read(ref _lessons) >= MaxLessons)
                {
                    client.Dispose();
                    return;
                }
            }
            if (current is not null)
            {
                await RefuseAsync(client);
                continue;
            }
            current = Task.Run(() => ServeOneAsync(client, warmUp));
        }
    }

    private async Task ServeOneAsync(Socket client, Task warmUp)
    {
        var folder = Path.Combine(_workRoot, "session-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (client)
            await using (var stream = new NetworkStream(client, ownsSocket: false))
            {
                await warmUp;
                // The runtime's crash report of this session (stack overflow, out of memory) is all the log holds.
                TruncateLog();
                Directory.CreateDirectory(folder);
                Environment.CurrentDirectory = folder;
                using var reader = new StreamReader(stream, new UTF8Encoding(false));
                var lessons = await WorkerHost.RunSessionAsync(reader, stream);
                Interlocked.Add(ref _lessons, lessons);
            }
        }
        catch (IOException)
        {
            // The build went away: the next one gets a fresh session.
        }
        catch (SocketException)
        {
        }
        finally
        {
            Environment.CurrentDirectory = _workRoot;
            TryDelete(folder);
            // Between builds the server waits idle: hand the lessons' garbage back to the system meanwhile.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    private static async Task RefuseAsync(Socket client)
    {
        using (client)
        {
            try
            {
                var line = System.Text.Json.JsonSerializer.Serialize(new WorkerMessage(WorkerMessage.Busy), WorkerJson.Options) + "\n";
                await client.SendAsync(Encoding.UTF8.GetBytes(line), SocketFlags.None);
            }
            catch (SocketException)
            {
            }
        }
    }

    private void TruncateLog()
    {
        try
        {
            // stderr was opened for appending, so writes after this land at the new end.
            using var log = new FileStream(address.LogPath, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite);
            log.SetLength(0);
        }
        catch (IOException)
        {
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
