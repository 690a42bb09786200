using System.Diagnostics;
using System.Text.Json;
using MathForML.Generator.Assets;
using MathForML.Generator.Model;
using MathForML.Generator.Settings;

namespace MathForML.Generator.MathRendering;

/// <summary>The MathML of a formula, or Temml's message when the LaTeX is invalid.</summary>
public sealed record MathResult(string? Html, string? Error);

/// <summary>
/// Renders LaTeX to MathML with Temml in one long-lived Node process for the whole build (not one process per
/// formula): requests and answers are JSON lines over stdin/stdout (<c>theme/math-bridge.js</c>).
/// </summary>
public sealed class MathRenderer(ToolPaths tools) : IAsyncDisposable
{
    private Process? _node;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _nextId;

    public async Task<IReadOnlyDictionary<MathKey, MathResult>> RenderAsync(IReadOnlyCollection<MathKey> formulas, CancellationToken cancellationToken)
    {
        var results = new Dictionary<MathKey, MathResult>();
        if (formulas.Count == 0) return results;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var node = Start();
            var byId = new Dictionary<int, MathKey>();
            foreach (var formula in formulas) byId[++_nextId] = formula;

            // Read while writing: with thousands of formulas, either pipe would otherwise fill up.
            var reading = Task.Run(async () =>
            {
                while (results.Count < byId.Count)
                {
                    var line = await node.StandardOutput.ReadLineAsync(cancellationToken)
                        ?? throw new InvalidOperationException("the math process stopped unexpectedly: " + await node.StandardError.ReadToEndAsync(cancellationToken));
                    using var json = JsonDocument.Parse(line);
                    var id = json.RootElement.GetProperty("id").GetInt32();
                    if (!byId.TryGetValue(id, out var key)) continue;
                    results[key] = json.RootElement.TryGetProperty("html", out var html)
                        ? new MathResult(html.GetString(), null)
                        : new MathResult(null, json.RootElement.GetProperty("error").GetString());
                }
            }, cancellationToken);

            foreach (var (id, key) in byId)
            {
                var request = JsonSerializer.Serialize(new { id, tex = key.Tex, display = key.Display });
                await node.StandardInput.WriteLineAsync(request.AsMemory(), cancellationToken);
            }
            await node.StandardInput.FlushAsync(cancellationToken);
            await reading;
            return results;
        }
        finally
        {
            _gate.Release();
        }
    }

    private Process Start()
    {
        if (_node is { HasExited: false }) return _node;
        if (tools.NodeModules is null || !Directory.Exists(Path.Combine(tools.NodeModules, "temml")))
            throw new InvalidOperationException("Temml is not installed (node_modules/temml is missing)");
        _node = NodeScript.Start(Path.Combine(tools.ThemeDirectory, "math-bridge.js"), tools.NodeModules, "render math");
        return _node;
    }

    public async ValueTask DisposeAsync()
    {
        if (_node is null) return;
        try
        {
            _node.StandardInput.Close();
            if (!_node.WaitForExit(2000)) _node.Kill();
            await Task.CompletedTask;
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _node.Dispose();
        _gate.Dispose();
    }
}
