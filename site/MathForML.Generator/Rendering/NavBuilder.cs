using Markdig.Syntax;
using MathForML.Generator.Model;
using MathForML.Generator.Search;

namespace MathForML.Generator.Rendering;

/// <summary>The course navigation: lessons grouped by phase in course order, the guided projects, then the extra pages.</summary>
public static class NavBuilder
{
    public static NavModel Build(Course course)
    {
        var phases = new List<NavPhase>();
        foreach (var lesson in course.Lessons)
        {
            var item = new NavLesson(lesson.Front.Title, lesson.Url, lesson.Front.Order, lesson.Front.Level, Summary(lesson), ReadingMinutes(lesson))
            {
                Exercises = ExerciseIds.Checked(lesson),
            };
            // Phases appear in the order of their first lesson; a phase is one group even if split.
            var phase = phases.FindIndex(p => p.Title == lesson.Front.Phase);
            if (phase < 0) phases.Add(new NavPhase(lesson.Front.Phase, [item]));
            else phases[phase] = phases[phase] with { Lessons = [.. phases[phase].Lessons, item] };
        }
        var pages = course.Pages.Select(p => new NavLink(p.Front.Title, p.Url)).ToList();
        var projects = course.Projects.Select(p => new NavProject(p.Front.Title, p.Url, p.Front.Order, p.Front.Level, Summary(p), ReadingMinutes(p),
            [.. p.PrerequisiteNames.Select(course.Find).OfType<Document>().Select(l => new NavLink(l.Front.Title, l.Url))])).ToList();
        return new NavModel(phases, pages) { Projects = projects };
    }

    /// <summary>The front matter's description, else the first paragraph, cut at a word near 160 characters.</summary>
    public static string Summary(Document doc)
    {
        if (!string.IsNullOrWhiteSpace(doc.Front.Description)) return doc.Front.Description.Trim();
        var paragraph = doc.Ast?.Descendants<Markdig.Syntax.ParagraphBlock>().Select(p => PlainText.Words(p.Inline)).FirstOrDefault(t => t.Length > 40) ?? "";
        if (paragraph.Length <= 160) return paragraph;
        var cut = paragraph.LastIndexOf(' ', 157);
        return paragraph[..(cut > 80 ? cut : 157)] + "…";
    }

    /// <summary>
    /// Each document's reading minutes, counted once: the navigation is built for every page, the
    /// home pages and the offline edition, and counting walks the lesson's whole syntax tree. Keyed by
    /// that tree, which every stage's copy of the document shares (each stage makes a new
    /// <see cref="Document"/>, so keyed by the document it was counted again for every stage).
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Markdig.Syntax.MarkdownDocument, object> Minutes = new();

    /// <summary>Minutes to read the prose at 200 words a minute, plus half a minute per cell.</summary>
    public static int ReadingMinutes(Document doc) =>
        doc.Ast is null ? 1 : (int)Minutes.GetValue(doc.Ast, ast => CountReadingMinutes(ast, doc.Cells.Length));

    private static int CountReadingMinutes(Markdig.Syntax.MarkdownDocument ast, int cells)
    {
        var words = ast.Select(PlainText.Of).Sum(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        return Math.Max(1, (int)Math.Round(words / 200.0 + cells * 0.5));
    }
}
