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

        foreach (var path in Directory.EnumerateFiles(settings.InputDirectory, "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            DocumentKind kind;
            if (LessonName().IsMatch(name)) kind = DocumentKind.Lesson;
            else if (PageName().IsMatch(name) && !char.IsDigit(name[0]) && !ProjectName().IsMatch(name)) kind = DocumentKind.Page;
            else
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadFileName, new SourceLocation(settings.Relative(path), 1, 1), ProjectName().IsMatch(name)
                    ? $"'{name}.md' is a project name: move it to input/{ProjectsFolder}/"
                    : $"'{name}.md' is not a lesson name (NN_Words_With_Underscores.md, NN = two digits) nor a page name (letters, digits, '-' and '_')"));
                continue;
            }
            Load(path, kind);
        }

        var projectsFolder = Path.Combine(settings.InputDirectory, ProjectsFolder);
        if (Directory.Exists(projectsFolder))
        {
            foreach (var path in Directory.EnumerateFiles(projectsFolder, "*.md").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(path);
                if (ProjectName().IsMatch(name)) Load(path, DocumentKind.Project);
                else diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadFileName, new SourceLocation(settings.Relative(path), 1, 1),
                    $"'{name}.md' is not a project name: files in input/{ProjectsFolder}/ are named Project_NN_Words.md (NN = two digits)"));
            }
        }

        void Load(string path, DocumentKind kind)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var source = settings.Relative(path);
            // LF everywhere: line numbers and snapshots must not depend on the author's editor.
            var markdown = File.ReadAllText(path).Replace("\r\n", "\n");
            var read = FrontMatterReader.Read(markdown, source, kind);
            diagnostics.AddRange(read.Diagnostics);
            if (read.Front is null) return;
            var document = new Document(kind, name, source, path, markdown, read.Front)
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
                var bare = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
                if (names.Contains(bare)) continue;
                var at = doc.FrontMatterLocations.GetValueOrDefault($"prerequisites[{i}]", doc.At(1));
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownPrerequisite, at,
                    $"prerequisite '{name}' names no lesson (use a lesson's file name without .md, e.g. 01_Vectors_and_Matrices)"));
            }
        }
    }
}
