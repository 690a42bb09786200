using Microsoft.Playwright;

namespace MathForML.BrowserTests.Support;

/// <summary>
/// Everything that went wrong on a page while it was watched: console errors, uncaught exceptions,
/// requests that failed or answered with an error status.
/// </summary>
public sealed class PageProblems
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> All
    {
        get { lock (_problems) return [.. _problems]; }
    }

    public static PageProblems Watch(IPage page)
    {
        var problems = new PageProblems();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "assert") problems.Add($"console {message.Type}: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => problems.Add($"uncaught: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) problems.Add($"HTTP {response.Status}: {response.Url}");
        };
        return problems;
    }

    private void Add(string problem)
    {
        lock (_problems) _problems.Add(problem);
    }
}
