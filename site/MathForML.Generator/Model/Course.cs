using System.Collections.Immutable;
using MathForML.Cells.Outputs;

namespace MathForML.Generator.Model;

/// <summary>
/// The whole course as the build sees it: lessons in course order, extra pages, everything found
/// wrong so far and the site files produced so far. Stages return new copies; nothing mutates it.
/// </summary>
public sealed record Course(CourseSettings Settings)
{
    public ImmutableArray<Document> Lessons { get; init; } = [];

    /// <summary>The guided projects (<c>input/projects/</c>), in their own order.</summary>
    public ImmutableArray<Document> Projects { get; init; } = [];

    public ImmutableArray<Document> Pages { get; init; } = [];

    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    public ImmutableArray<SiteFile> Files { get; init; } = [];

    public AssetUrls? Assets { get; init; }

    /// <summary>Each chart's static image, by its figure JSON; a chart without one (no browser, or it could not be drawn) is missing.</summary>
    public ImmutableDictionary<string, Model.ChartImage> ChartImages { get; init; } = ImmutableDictionary<string, Model.ChartImage>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The print edition cut into parts for the PDF; set only when the build prints one.</summary>
    public PrintEdition? PrintEdition { get; init; }

    public IEnumerable<Document> Documents => Lessons.Concat(Projects).Concat(Pages);

    /// <summary>Every chart the course's cells showed, document by document (a chart shown twice comes twice).</summary>
    public IEnumerable<ChartOutput> Charts =>
        Documents.SelectMany(doc => doc.Results.Values).SelectMany(result => result.Outputs.OfType<ChartOutput>());

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public Document? Find(string name) =>
        Documents.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.Ordinal));

    public Course WithDiagnostics(IEnumerable<Diagnostic> diagnostics) =>
        this with { Diagnostics = Diagnostics.AddRange(diagnostics) };

    public Course WithFiles(IEnumerable<SiteFile> files) => this with { Files = Files.AddRange(files) };

    /// <summary>The projects that name <paramref name="lesson"/> among the lessons they need, in project order.</summary>
    public IEnumerable<Document> ProjectsUsing(Document lesson) =>
        Projects.Where(p => p.PrerequisiteNames.Contains(lesson.Name, StringComparer.Ordinal));

    /// <summary>Replaces lessons, projects and pages with updated copies (matched by name).</summary>
    public Course WithDocuments(IEnumerable<Document> updated)
    {
        var byName = updated.ToDictionary(l => l.Name, StringComparer.Ordinal);
        return this with
        {
            Lessons = [.. Lessons.Select(l => byName.GetValueOrDefault(l.Name, l))],
            Projects = [.. Projects.Select(l => byName.GetValueOrDefault(l.Name, l))],
            Pages = [.. Pages.Select(l => byName.GetValueOrDefault(l.Name, l))],
        };
    }
}
