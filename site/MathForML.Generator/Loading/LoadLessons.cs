using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Loading;

/// <summary>
/// Reads every <c>input/*.md</c>: numbered files (<c>NN_Words.md</c>) are lessons, others are extra
/// pages; <c>input/projects/Project_NN_Words.md</c> are guided projects. Validates front matter, then
/// what only the whole course can tell: unique orders and prerequisites that name a lesson.
/// </summary>
public sealed partial class LoadLessons : IBuildStage
{
    public string Name => "Load lessons";

    [GeneratedRegex(@"^\d{2}_[A-Za-z0-9]+(_[A-Za-z0-9]+)*$")]
    private static partial Regex LessonName();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex PageName();

    // Projects carry their kind in the name, not only the folder: links between files resolve by
    // file name (so they work on GitHub too), and a project must never share one with a lesson.
    [GeneratedRegex(@"^Project_\d{2}_[A-Za-z0-9]+(_[A-Za-z0-9]+)*$")]
    private static partial Regex ProjectName();

    /// <summary>The folder under <c>input/</c> that holds the guided projects.</summary>
    public const string ProjectsFolder = "projects";

    /// <summary>Every Markdown file the course is read from: <c>input/*.md</c>, then <c>input/projects/*.md</c>.</summary>
    public static IEnumerable<string> SourceFiles(string inputDirectory) =>
        new[] { inputDirectory, Path.Combine(inputDirectory, ProjectsFolder) }
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal));

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var diagnostics = new List<Diagnostic>();
        var lessons = new List<Document>();
        var pages = new List<Document>();
        var projects = new List<Document>();

        if (!Directory.Exists(settings.InputDirectory))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NoLessons, new SourceLocation(settings.Relative(settings.InputDirectory), 1, 1), "the input folder does not exist"));
            return Task.FromResult(course.WithDiagnostics(diagnostics));
        }

        var projectsFolder = Path.Combine(settings.InputDirectory, ProjectsFolder);
        foreach (var path in SourceFiles(settings.InputDirectory))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var source = settings.Relative(path);
            var (kind, problem) = Classify(name, inProjects: Path.GetDirectoryName(path) == projectsFolder);
            if (kind is null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadFileName, new SourceLocation(source, 1, 1), problem!));
                continue;
            }
            // LF everywhere: line numbers and snapshots must not depend on the author's editor.
            var markdown = File.ReadAllText(path).Replace("\r\n", "\n");
            var read = FrontMatterReader.Read(markdown, source, kind.Value);
            diagnostics.AddRange(read.Diagnostics);
            if (read.Front is null) continue;
            var document = new Document(kind.Value, name, source, path, markdown, read.Front)
            {
                FrontMatterLocations = read.Locations.ToImmutableDictionary(),
            };
            (kind switch { DocumentKind.Lesson => lessons, DocumentKind.Project => projects, _ => pages }).Add(document);
        }

        if (lessons.Count == 0 && !diagnostics.Any(d => d.IsError))
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NoLessons, new SourceLocation(settings.Relative(settings.InputDirectory), 1, 1), "no lessons found: add files named NN_Title.md"));

        CheckOrders(lessons, "lesson", diagnostics);
        CheckOrders(projects, "project", diagnostics);
        CheckPrerequisites(lessons.Concat(projects).Concat(pages).ToList(), lessons, diagnostics);

        return Task.FromResult(course.WithDiagnostics(diagnostics) with
        {
            Lessons = [.. lessons.OrderBy(l => l.Front.Order).ThenBy(l => l.Name, StringComparer.Ordinal)],
            Projects = [.. projects.OrderBy(p => p.Front.Order).ThenBy(p => p.Name, StringComparer.Ordinal)],
            Pages = [.. pages.OrderBy(p => p.Front.Order).ThenBy(p => p.Front.Title, StringComparer.Ordinal)],
        });
    }

    /// <summary>What a file's name (and folder) make it, or why it is neither a lesson, a project nor a page.</summary>
    private static (DocumentKind? Kind, string? Problem) Classify(string name, bool inProjects)
    {
        if (inProjects)
            return ProjectName().IsMatch(name) ? (DocumentKind.Project, null)
                : (null, $"'{name}.md' is not a project name: files in input/{ProjectsFolder}/ are named Project_NN_Words.md (NN = two digits)");
        if (LessonName().IsMatch(name)) return (DocumentKind.Lesson, null);
        if (ProjectName().IsMatch(name)) return (null, $"'{name}.md' is a project name: move it to input/{ProjectsFolder}/");
        if (PageName().IsMatch(name) && !char.IsDigit(name[0])) return (DocumentKind.Page, null);
        return (null, $"'{name}.md' is not a lesson name (NN_Words_With_Underscores.md, NN = two digits) nor a page name (letters, digits, '-' and '_')");
    }

    private static void CheckOrders(List<Document> lessons, string kind, List<Diagnostic> diagnostics)
    {
        foreach (var group in lessons.GroupBy(l => l.Front.Order).Where(g => g.Count() > 1))
        {
            var first = group.OrderBy(l => l.Name, StringComparer.Ordinal).First();
            foreach (var duplicate in group.Where(l => l != first))
            {
                var at = duplicate.FrontMatterLocations.GetValueOrDefault("order", duplicate.At(1));
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateOrder, at,
                    $"order {group.Key} is already used by {first.FileName}: every {kind} needs its own order"));
            }
        }
    }

    private static void CheckPrerequisites(List<Document> documents, List<Document> lessons, List<Diagnostic> diagnostics)
    {
        var names = lessons.Select(l => l.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            for (var i = 0; i < doc.Front.Prerequisites.Count; i++)
            {
                var name = doc.Front.Prerequisites[i];
                if (names.Contains(Document.NameOf(name))) continue;
                var at = doc.FrontMatterLocations.GetValueOrDefault($"prerequisites[{i}]", doc.At(1));
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownPrerequisite, at,
                    $"prerequisite '{name}' names no lesson (use a lesson's file name without .md, e.g. 01_Vectors_and_Matrices)"));
            }
        }
    }
}
