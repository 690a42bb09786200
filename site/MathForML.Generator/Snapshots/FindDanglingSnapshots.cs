using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Snapshots;

/// <summary>
/// Snapshots nothing checks any more (Verify's "dangling" files): a snapshot whose lesson file is
/// gone (renamed or deleted), or whose lesson no longer has <c>run</c> cells. Left in place they
/// would be reviewed for nothing, and would wrongly pass if a lesson of that name came back.
/// Part of <c>check</c>, not of every build.
/// </summary>
public sealed class FindDanglingSnapshots : IBuildStage
{
    public string Name => "Find dangling snapshots";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        var store = new SnapshotStore(context.Settings.SnapshotDirectory);
        if (!Directory.Exists(store.Directory)) return Task.FromResult(course);

        // Names of the files in input/, not of the loaded lessons: a lesson whose front matter failed
        // to load is still there, and its snapshot is not dangling.
        var files = Loading.LoadLessons.SourceFiles(context.Settings.InputDirectory)
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var path in Directory.EnumerateFiles(store.Directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var name = file.EndsWith(".verified.txt", StringComparison.Ordinal) ? file[..^".verified.txt".Length]
                : file.EndsWith(".received.txt", StringComparison.Ordinal) ? file[..^".received.txt".Length]
                : null;
            if (name is null) continue;
            var at = new SourceLocation(context.Settings.Relative(path), 1, 1);
            if (!files.Contains(name))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DanglingSnapshot, at,
                    $"snapshot of a lesson that does not exist (no {context.Settings.Relative(Path.Combine(context.Settings.InputDirectory, name + ".md"))}): delete it, or rename it with its lesson"));
                continue;
            }
            if (course.Find(name) is { } doc && !doc.Cells.Any(c => c.Flags.Run))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnusedSnapshot, at,
                    $"{doc.FileName} has no run cells any more, so nothing uses this snapshot: delete it"));
            }
        }
        return Task.FromResult(course.WithDiagnostics(diagnostics));
    }
}
