using System.Collections.Immutable;
using MathForML.Execution.Contract;
using MathForML.Generator.Model;
using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;

namespace MathForML.Generator.Commands;

/// <summary>
/// What <c>check</c> runs before a pull request: <see cref="StageLists.Check"/> (front matter, links
/// and anchors, images, cells, snapshots, LaTeX, pages; nothing written; then the snapshots no
/// lesson uses). Problems a build lets through as warnings but that would fail the tests or the
/// review are errors here.
/// </summary>
public static class CourseCheck
{
    /// <summary>
    /// Warnings of the build that fail a check: snapshot differences and missing snapshots fail
    /// <c>dotnet test</c>, dangling snapshots fail it too, and an image without alt text is a page
    /// some readers cannot use.
    /// </summary>
    public static IReadOnlySet<string> PromotedToErrors { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        DiagnosticCodes.SnapshotMismatch,
        DiagnosticCodes.SnapshotMissing,
        DiagnosticCodes.DanglingSnapshot,
        DiagnosticCodes.UnusedSnapshot,
        DiagnosticCodes.ImageWithoutAlt,
    };

    public static async Task<BuildResult> RunAsync(CourseSettings settings, IBuildLog? log = null, bool useCache = true,
        CancellationToken cancellationToken = default, ICellExecutor? executor = null)
    {
        // Snapshots are compared (writing received files for `accept`), never accepted.
        var options = new BuildOptions { WriteOutput = false, CompareSnapshots = true, AcceptSnapshots = false, UseCache = useCache };
        var result = await SiteBuilder.BuildAsync(settings, options, log, StageLists.Check(options), cancellationToken, executor);
        var diagnostics = result.Course.Diagnostics
            .Select(d => !d.IsError && PromotedToErrors.Contains(d.Code) ? d with { Severity = DiagnosticSeverity.Error } : d)
            .ToImmutableArray();
        return result with { Course = result.Course with { Diagnostics = diagnostics } };
    }
}
