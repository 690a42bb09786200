using System.Collections.Immutable;
using Markdig.Syntax;

namespace MathForML.Generator.Model;

public enum DocumentKind { Lesson, Project, Page }

/// <summary>
/// One Markdown file of the course: a numbered lesson (<c>NN_Words.md</c>), a guided project
/// (<c>projects/Project_NN_Words.md</c>) or an extra page (<c>resources.md</c>), told apart by
/// <see cref="Kind"/>; <see cref="Course.Lessons"/>, <see cref="Course.Projects"/> and
/// <see cref="Course.Pages"/> hold each kind. Immutable: each build stage returns a copy with what it added.
/// </summary>
public sealed record Document(
    DocumentKind Kind,
    string Name,
    string SourcePath,
    string FullPath,
    string Markdown,
    FrontMatter Front)
{
    /// <summary>The Markdig syntax tree. Read-only after the parse stage.</summary>
    public MarkdownDocument? Ast { get; init; }

    /// <summary>Where each front matter value stands (keys like <c>order</c>, <c>prerequisites[0]</c>).</summary>
    public ImmutableDictionary<string, SourceLocation> FrontMatterLocations { get; init; } = ImmutableDictionary<string, SourceLocation>.Empty;

    /// <summary>The objectives parsed as Markdown, so their math renders like the body's.</summary>
    public ImmutableArray<MarkdownDocument> ObjectiveDocs { get; init; } = [];

    public ImmutableArray<Cell> Cells { get; init; } = [];

    public ImmutableArray<Heading> Headings { get; init; } = [];

    /// <summary>Results of the executed cells, by cell index.</summary>
    public ImmutableDictionary<int, CellResult> Results { get; init; } = ImmutableDictionary<int, CellResult>.Empty;

    /// <summary>MathML of each formula of the lesson.</summary>
    public MathHtmlMap MathHtml { get; init; } = MathHtmlMap.Empty;

    /// <summary>
    /// What rendered <see cref="MathHtml"/> ("temml 0.13.5"), when that alone (with the formulas, which
    /// are in the Markdown) says what the HTML is; empty when unknown. Caches of rendered content
    /// key by this instead of hashing every formula's HTML on every build.
    /// </summary>
    public string MathRenderedBy { get; init; } = "";

    public string FileName => Name + ".md";

    /// <summary>The cells the build runs, in order (<c>run</c> on the fence).</summary>
    public IEnumerable<Cell> RunCells => Cells.Where(c => c.Flags.Run);

    /// <summary>Lower case with dashes: <c>01_Vectors_and_Matrices</c> becomes <c>01-vectors-and-matrices</c>.</summary>
    public string Slug => Name.Replace('_', '-').ToLowerInvariant();

    /// <summary>The page's URL relative to the site root; every page sits at the root so links work from disk.</summary>
    public string Url => Slug + ".html";

    public bool IsLesson => Kind == DocumentKind.Lesson;

    public bool IsProject => Kind == DocumentKind.Project;

    /// <summary>The lessons the front matter names as prerequisites (a project: the lessons it applies), as document names.</summary>
    public IEnumerable<string> PrerequisiteNames => Front.Prerequisites.Select(NameOf);

    /// <summary>A document named in front matter, with or without <c>.md</c>: <c>01_Vectors.md</c> is <c>01_Vectors</c>.</summary>
    public static string NameOf(string reference) =>
        reference.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? reference[..^3] : reference;

    public SourceLocation At(int line, int column = 1) => new(SourcePath, line, column);
}

/// <summary>A formula as the math renderer sees it: its source and whether it is display math.</summary>
public readonly record struct MathKey(string Tex, bool Display);
