using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Stages;

/// <summary>
/// Runs every lesson's <c>run</c> cells, each lesson in a fresh session, and attaches the outputs
/// to the lesson. A failing lesson does not stop the others: all problems are reported together.
/// </summary>
public sealed class ExecuteCells : IBuildStage
{
    public string Name => "Execute cells";

    public async Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        var updated = new List<Lesson>();
        var diagnostics = new List<Diagnostic>();
        foreach (var doc in course.Documents.Where(d => d.Cells.Any(c => c.Flags.Run)))
        {
            var clock = Stopwatch.StartNew();
            var execution = await context.Executor.ExecuteAsync(doc, cancellationToken);
            diagnostics.AddRange(execution.Diagnostics);
            updated.Add(doc with { Results = execution.Results.ToImmutableDictionary(r => r.Index) });
            var ran = execution.Results.Count;
            var total = doc.Cells.Count(c => c.Flags.Run);
            var status = execution.Diagnostics.Any(d => d.IsError) ? $", failed at cell {ran + 1}" : "";
            context.Log.Info($"{doc.SourcePath}: {ran}/{total} cells ran in {clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s{status}");
        }
        return course.WithDocuments(updated).WithDiagnostics(diagnostics);
    }
}
