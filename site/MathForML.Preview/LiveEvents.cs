using System.Text.Json;
using System.Threading.Channels;

namespace MathForML.Preview;

/// <summary>
/// The Server-Sent Events that open pages listen to: <c>status</c> (building, succeeded or failed
/// with the errors to show) and <c>reload</c> (which files a build changed). A page that connects
/// gets the latest status first, so one opened while the build is broken shows the overlay at once.
/// </summary>
public sealed class LiveEvents
{
    private readonly object _gate = new();
    private readonly List<Channel<string>> _clients = [];
    private string? _lastStatus;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>How many pages are listening (for tests and the terminal).</summary>
    public int ClientCount
    {
        get { lock (_gate) return _clients.Count; }
    }

    /// <summary>Raised when a page connects.</summary>
    public event Action? ClientConnected;

    public void PublishStatus(BuildStatus status)
    {
        var message = Format("status", status);
        lock (_gate)
        {
            _lastStatus = message;
            foreach (var client in _clients) client.Writer.TryWrite(message);
        }
    }

    public void PublishReload(ReloadNotice notice)
    {
        var message = Format("reload", notice);
        lock (_gate)
        {
            foreach (var client in _clients) client.Writer.TryWrite(message);
        }
    }

    /// <summary>A new listener, with the latest status already queued for it.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            if (_lastStatus is not null) channel.Writer.TryWrite(_lastStatus);
            _clients.Add(channel);
        }
        ClientConnected?.Invoke();
        return new Subscription(this, channel);
    }

    private void Remove(Channel<string> channel)
    {
        lock (_gate) _clients.Remove(channel);
        channel.Writer.TryComplete();
    }

    private static string Format<T>(string eventName, T payload) =>
        $"event: {eventName}\ndata: {JsonSerializer.Serialize(payload, Json)}\n\n";

    public sealed class Subscription(LiveEvents owner, Channel<string> channel) : IDisposable
    {
        public ChannelReader<string> Messages => channel.Reader;

        public void Dispose() => owner.Remove(channel);
    }
}

/// <summary>What a build changed in the output folder; pages reload when it concerns them.</summary>
public sealed record ReloadNotice(IReadOnlyList<string> Changed, IReadOnlyList<string> Deleted);
