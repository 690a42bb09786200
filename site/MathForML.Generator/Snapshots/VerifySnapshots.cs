using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Snapshots;

/// <summary>
/// Compares each lesson's outputs with its verified snapshot. A difference is a warning for the
/// build (the tests fail on it): the received file is written beside the verified one and the
/// message says how to accept it. With <c>--accept</c> the outputs become the verified snapshot.
/// </summary>
public sealed class VerifySnapshots : IBuildStage
{
    public string Name => "Verify snapshots";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        if (!context.Options.CompareSnapshots) return Task.FromResult(course);
        var store = new SnapshotStore(context.Settings.SnapshotDirectory);
        var failedFiles = course.Diagnostics.Where(d => d.IsError).Select(d => d.Location.File).ToHashSet(StringComparer.Ordinal);
        // A lesson that failed to run has no complete outputs to compare.
        var lessons = course.Documents.Where(d => d.Cells.Any(c => c.Flags.Run) && !failedFiles.Contains(d.SourcePath)).ToList();
        // Each lesson has files of its own, so on all cores; the warnings keep the course's order.
        var memo = context.Options.UseCache ? SnapshotMemo.Load(context.Settings.CacheDirectory) : SnapshotMemo.None();
        var found = new Diagnostic?[lessons.Count];
        Parallel.For(0, lessons.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => found[i] = Verify(lessons[i], store, memo, context));
        memo.Save();
        return Task.FromResult(course.WithDiagnostics(found.OfType<Diagnostic>()));
    }

    private static Diagnostic? Verify(Document doc, SnapshotStore store, SnapshotMemo memo, BuildContext context)
    {
        var outputs = SnapshotMemo.OutputsKey(doc);
        // The outputs that last made the verified text: nothing to write out or compare.
        if (!context.Options.AcceptSnapshots && memo.KnownTextHash(doc.Name, outputs) is { } known && store.VerifiedHashIs(doc.Name, known))
            return null;
        var text = SnapshotFormat.Write(doc);
        memo.Record(doc.Name, outputs, SnapshotMemo.TextHash(SnapshotStore.Normalize(text)));
        if (context.Options.AcceptSnapshots)
        {
            store.WriteVerified(doc.Name, text);
            return null;
        }
        var comparison = store.Compare(doc.Name, text);
        var snapshot = context.Settings.Relative(store.VerifiedPath(doc.Name));
        switch (comparison.Status)
        {
            case SnapshotStatus.Missing:
                return Diagnostic.Warning(DiagnosticCodes.SnapshotMissing, doc.At(1),
                    $"no verified snapshot yet ({snapshot}); review {context.Settings.Relative(store.ReceivedPath(doc.Name))} and accept it");
            case SnapshotStatus.Changed:
                var firstChange = comparison.Diff!.Split('\n').FirstOrDefault(l => l.StartsWith("+ ", StringComparison.Ordinal) || l.StartsWith("- ", StringComparison.Ordinal)) ?? "";
                // Point at the first cell whose outputs changed, so editors and pull requests show it there.
                var cellNumber = comparison.Summary?.Changed.Concat(comparison.Summary.Added).DefaultIfEmpty(0).Min() ?? 0;
                var cell = doc.Cells.FirstOrDefault(c => c.Index + 1 == cellNumber);
                var what = cell is null ? "outputs" : $"outputs of cell {cellNumber}";
                return Diagnostic.Warning(DiagnosticCodes.SnapshotMismatch, cell?.FenceLocation ?? doc.At(1),
                    $"{what} differ from {snapshot} (first change: {firstChange.Trim()}); review the received file and accept it");
            default:
                return null;
        }
    }
}
