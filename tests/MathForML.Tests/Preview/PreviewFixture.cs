using MathForML.Execution.Contract;
using MathForML.Execution.Sessions;
using MathForML.Preview;
using MathForML.Tests.Support;

namespace MathForML.Tests.Preview;

/// <summary>Records what the preview would print, for assertions and failure messages.</summary>
public sealed class RecordingReporter : IPreviewReporter
{
    private readonly List<PreviewRebuild> _rebuilds = [];

    public IReadOnlyList<PreviewRebuild> Rebuilds { get { lock (_rebuilds) return _rebuilds.ToArray(); } }

    public void Listening(Uri url, bool watchingTheme)
    {
    }

    public void Rebuilding(int number, IReadOnlyList<SourceChange> trigger)
    {
    }

    public void ExamplesRebuilding()
    {
    }

    public void Rebuilt(PreviewRebuild rebuild)
    {
        lock (_rebuilds) _rebuilds.Add(rebuild);
    }
}

/// <summary>A preview server on a free loopback port over a fixture course, with cells run in-process.</summary>
public static class Previews
{
    /// <summary>Starts the preview and returns once its first build is done (so its reload is not mistaken for a later one's).</summary>
    public static async Task<PreviewHost> StartAsync(FixtureCourse course, RecordingReporter? reporter = null, ICellExecutor? executor = null)
    {
        reporter ??= new RecordingReporter();
        var host = await PreviewHost.StartAsync(course.Settings,
            new PreviewOptions { Port = 0, Executor = executor ?? new ScriptCellExecutor(), Debounce = TimeSpan.FromMilliseconds(50) },
            reporter, CancellationToken.None);
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (reporter.Rebuilds.Count == 0) await Task.Delay(20, limit.Token);
        return host;
    }

    /// <summary>A page's view of the preview: its event stream, which starts with the current status.</summary>
    public static async Task<EventStream> ConnectAsync(PreviewHost host)
    {
        var events = await EventStream.OpenAsync(host.Url);
        await events.NextAsync(e => e.Name == "status");
        return events;
    }
}
