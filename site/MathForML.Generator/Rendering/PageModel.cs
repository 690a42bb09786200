using MathForML.Generator.Model;

namespace MathForML.Generator.Rendering;

public sealed record NavLink(string Title, string Url);

/// <summary>A lesson as the navigation shows it. <c>Summary</c> is a one-line description (may be empty).</summary>
public sealed record NavLesson(string Title, string Url, int Order, string Level, string Summary, int ReadingMinutes)
{
    /// <summary>The ids of the lesson's checked exercises (<see cref="ExerciseIds"/>), for the reader's progress.</summary>
    public IReadOnlyList<string> Exercises { get; init; } = [];
}

public sealed record NavPhase(string Title, IReadOnlyList<NavLesson> Lessons);

/// <summary>A guided project as the navigation shows it, with the lessons it applies.</summary>
public sealed record NavProject(string Title, string Url, int Order, string Level, string Summary, int ReadingMinutes, IReadOnlyList<NavLink> Lessons);

/// <summary>The whole course in order: lessons grouped by phase, the guided projects, then the extra pages (resources, study plan…).</summary>
public sealed record NavModel(IReadOnlyList<NavPhase> Phases, IReadOnlyList<NavLink> Pages)
{
    public IReadOnlyList<NavProject> Projects { get; init; } = [];
}

/// <summary>An on-page table of contents entry (h2 = level 2, h3 = level 3). TitleHtml may hold rendered math.</summary>
public sealed record TocEntry(int Level, string TitleHtml, string Anchor)
{
    /// <summary>The title as plain words (math as its LaTeX source), where markup cannot go: the PDF's bookmarks.</summary>
    public string Text { get; init; } = "";
}

/// <summary>What a lesson page shows above its content.</summary>
public sealed record LessonHeader(
    int Order,
    string Phase,
    string Level,
    int ReadingMinutes,
    IReadOnlyList<NavLink> Prerequisites,
    IReadOnlyList<string> ObjectivesHtml)
{
    /// <summary>The lesson's cells as a console project to download (<c>downloads/lessons/….zip</c>), when it has one.</summary>
    public string? ProjectUrl { get; init; }

    /// <summary>The size of that zip in bytes, shown with the link.</summary>
    public int ProjectBytes { get; init; }

    /// <summary>True for a guided project: "Project N", its lessons instead of prerequisites.</summary>
    public bool IsProject { get; init; }

    /// <summary>The guided projects that apply this lesson, linked from its header.</summary>
    public IReadOnlyList<NavLink> AppliedIn { get; init; } = [];
}

/// <summary>
/// Everything the layout needs to write one HTML page. <paramref name="PlotlyJs"/> is the plotly.js
/// build the page's charts need, null when it has none.
/// </summary>
public sealed record PageModel(
    SiteInfo Site,
    AssetUrls Assets,
    NavModel Nav,
    string Title,
    string Description,
    string Url,
    string ContentHtml,
    LessonHeader? Lesson,
    IReadOnlyList<TocEntry> Toc,
    NavLink? Previous,
    NavLink? Next,
    string? PlotlyJs,
    bool HasMath,
    string? EditUrl)
{
    /// <summary>
    /// A page served for any missing URL (the 404 page) cannot rely on its own location for relative
    /// links: with the site's URL known it gets a <c>&lt;base href&gt;</c>.
    /// </summary>
    public bool ServedAnywhere { get; init; }

    /// <summary>Pages that are not content (404, search results) ask search engines not to index them.</summary>
    public bool NoIndex { get; init; }
}
