using MathForML.Generator.Model;
using MathForML.Tests.Support;

namespace MathForML.Tests.Projects;

/// <summary>What the loader and the link check say about projects written wrong, each at its file and line.</summary>
public sealed class ProjectLoadingTests
{
    private const string Lesson = "## Slope\n\nProse.\n";

    private static string Project(string frontMatter, string body = "Prose.\n") => $"---\ntitle: A Project\norder: 1\n{frontMatter}---\n\n{body}";

    [Fact]
    public async Task A_project_must_name_the_lessons_it_applies()
    {
        using var course = new FixtureCourse().WithLesson("01_Lines", 1, Lesson)
            .WithFile("input/projects/Project_01_Fit.md", Project(""));
        var result = await course.LoadAsync();
        var error = result.Course.Diagnostics.Single(DiagnosticCodes.RequiredKeyMissing);
        Assert.Equal("input/projects/Project_01_Fit.md", error.Location.File);
        Assert.Contains("prerequisites", error.Message);
    }

    [Fact]
    public async Task A_project_that_names_a_missing_lesson_is_an_error_at_that_name()
    {
        using var course = new FixtureCourse().WithLesson("01_Lines", 1, Lesson)
            .WithFile("input/projects/Project_01_Fit.md", Project("prerequisites: [01_Lines, 09_Nowhere]\n"));
        var error = (await course.LoadAsync()).Course.Diagnostics.Single(DiagnosticCodes.UnknownPrerequisite);
        Assert.Equal(4, error.Location.Line);
    }

    [Fact]
    public async Task A_project_file_outside_the_projects_folder_or_misnamed_inside_it_is_reported()
    {
        using var course = new FixtureCourse().WithLesson("01_Lines", 1, Lesson)
            .With("Project_02_Stray.md", Project("prerequisites: [01_Lines]\n"))
            .WithFile("input/projects/fit.md", Project("prerequisites: [01_Lines]\n"));
        var errors = (await course.LoadAsync()).Course.Diagnostics.Where(d => d.Code == DiagnosticCodes.BadFileName).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Location.File == "input/Project_02_Stray.md" && e.Message.Contains("move it to input/projects/"));
        Assert.Contains(errors, e => e.Location.File == "input/projects/fit.md" && e.Message.Contains("Project_NN_Words.md"));
    }

    [Fact]
    public async Task Two_projects_with_one_order_are_an_error()
    {
        using var course = new FixtureCourse().WithLesson("01_Lines", 1, Lesson)
            .WithFile("input/projects/Project_01_Fit.md", Project("prerequisites: [01_Lines]\n"))
            .WithFile("input/projects/Project_02_Other.md", Project("prerequisites: [01_Lines]\n"));
        var error = (await course.LoadAsync()).Course.Diagnostics.Single(DiagnosticCodes.DuplicateOrder);
        Assert.Contains("every project needs its own order", error.Message);
    }

    [Fact]
    public async Task A_link_must_be_written_with_the_path_GitHub_follows()
    {
        using var course = new FixtureCourse()
            .WithLesson("01_Lines", 1, "## Slope\n\nSee [the project](Project_01_Fit.md).\n")
            .WithFile("input/projects/Project_01_Fit.md", Project("prerequisites: [01_Lines]\n", "See [slope](01_Lines.md#slope) and [again](../01_Lines.md#slope).\n"));
        var errors = (await course.LoadAsync()).Course.Diagnostics.Where(d => d.Code == DiagnosticCodes.LinkPathWrong).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Location.File == "input/01_Lines.md" && e.Message.Contains("'projects/Project_01_Fit.md'"));
        Assert.Contains(errors, e => e.Location.File == "input/projects/Project_01_Fit.md" && e.Message.Contains("'../01_Lines.md'"));
    }
}
