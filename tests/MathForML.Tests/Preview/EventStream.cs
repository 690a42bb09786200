using System.Text;
using System.Text.Json;

namespace MathForML.Tests.Preview;

/// <summary>One Server-Sent Event as a browser's EventSource would see it.</summary>
public sealed record ServerEvent(string Name, JsonElement Data);

/// <summary>Reads the preview's event stream over real HTTP, like the page's script does.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly HttpClient _http;
    private readonly StreamReader _reader;

    private EventStream(HttpClient http, StreamReader reader)
    {
        _http = http;
        _reader = reader;
    }

    public static async Task<EventStream> OpenAsync(Uri server)
    {
        var http = new HttpClient { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan };
        var response = await http.GetAsync("/__mathforml/events", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStream(http, new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8));
    }

    /// <summary>The next event that matches, skipping others; fails the test if none comes in a generous while.</summary>
    public async Task<ServerEvent> NextAsync(Func<ServerEvent, bool> match)
    {
        using var limit = new CancellationTokenSource(Patience);
        while (true)
        {
            var next = await ReadAsync(limit.Token);
            if (match(next)) return next;
        }
    }

    public Task<ServerEvent> StatusAsync(string state) =>
        NextAsync(e => e.Name == "status" && e.Data.GetProperty("state").GetString() == state);

    private async Task<ServerEvent> ReadAsync(CancellationToken cancellationToken)
    {
        string? name = null;
        var data = new StringBuilder();
        while (true)
        {
            var line = await _reader.ReadLineAsync(cancellationToken) ?? throw new EndOfStreamException("the event stream closed");
            if (line.Length == 0)
            {
                if (name is not null && data.Length > 0) return new ServerEvent(name, JsonDocument.Parse(data.ToString()).RootElement.Clone());
                name = null;
                data.Clear();
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Append(line[6..]);
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _http.Dispose();
        return ValueTask.CompletedTask;
    }
}
