using MathForML.Execution.Sessions;
using MathForML.Generator.Authoring;
using MathForML.Generator.Commands;
using MathForML.Generator.Settings;
using MathForML.Tests.Support;

namespace MathForML.Tests.Authoring;

public class LessonScaffoldTests
{
    private static FixtureCourse TwoLessons() => new FixtureCourse()
        .WithLesson("00_Overview", 0, "## Start\n\nWelcome.\n", phase: "Introduction")
        .WithLesson("01_Vectors", 1, "## Vectors\n\nArrows.\n", phase: "Linear Algebra");

    [Fact]
    public async Task A_new_lesson_takes_the_next_order_and_builds_cleanly()
    {
        using var course = TwoLessons();
        var lesson = await LessonScaffold.CreateAsync(course.Settings, "Matrix Decompositions");
        Assert.Equal(Path.Combine(course.Input, "02_Matrix_Decompositions.md"), lesson.FullPath);
        Assert.Equal(2, lesson.Order);
        Assert.Equal("Linear Algebra", lesson.Phase);
        Assert.Equal(["01_Vectors"], lesson.Prerequisites);

        // The whole build, with its cell executed and its math rendered: no errors, no warnings.
        var result = await SiteBuilder.BuildAsync(course.Settings, new BuildOptions { CompareSnapshots = false }, executor: new ScriptCellExecutor());
        Assert.True(result.Course.Diagnostics.IsEmpty, string.Join("\n", result.Course.Diagnostics));
        var built = result.Course.Find("02_Matrix_Decompositions")!;
        Assert.Equal("Matrix Decompositions", built.Front.Title);
        Assert.Equal(2, built.Front.Order);
        Assert.Single(built.Cells);
        Assert.Contains("norm = 5", course.ReadOutput("02-matrix-decompositions.html"));
    }

    [Fact]
    public async Task The_lesson_has_the_sections_of_the_lesson_guide()
    {
        using var course = TwoLessons();
        await LessonScaffold.CreateAsync(course.Settings, "Eigenvalues");
        var loaded = await course.LoadAsync();
        var headings = loaded.Course.Find("02_Eigenvalues")!.Headings.Where(h => h.Level == 2).Select(h => h.Text).ToList();
        Assert.Equal("Why this matters for ML", headings[0]);
        Assert.Equal(["In machine learning", "Pitfalls and numerical notes", "Exercises", "Summary", "Further reading"], headings[^5..]);
        Assert.True(headings.Count >= 7);
        Assert.InRange(loaded.Course.Find("02_Eigenvalues")!.Front.Objectives.Count, 3, 6);
    }

    [Fact]
    public async Task Titles_become_ascii_file_names_and_are_quoted_in_yaml_when_needed()
    {
        using var course = TwoLessons();
        var lesson = await LessonScaffold.CreateAsync(course.Settings, "Régression: linéaire & \"robuste\"", phase: "Models: linear");
        Assert.Equal("02_Regression_lineaire_robuste.md", Path.GetFileName(lesson.FullPath));
        var loaded = await course.LoadAsync();
        var front = loaded.Course.Find("02_Regression_lineaire_robuste")!.Front;
        Assert.Equal("Régression: linéaire & \"robuste\"", front.Title);
        Assert.Equal("Models: linear", front.Phase);
    }

    [Fact]
    public async Task A_lesson_with_broken_front_matter_keeps_its_number()
    {
        using var course = TwoLessons().With("02_Broken.md", "no front matter\n");
        var lesson = await LessonScaffold.CreateAsync(course.Settings, "Next");
        Assert.Equal(3, lesson.Order);
    }

    [Fact]
    public async Task The_first_lesson_of_an_empty_course_is_number_00()
    {
        using var course = new FixtureCourse();
        var lesson = await LessonScaffold.CreateAsync(course.Settings, "Overview");
        Assert.Equal("00_Overview.md", Path.GetFileName(lesson.FullPath));
        Assert.Empty(lesson.Prerequisites);
    }

    [Theory]
    [InlineData("!!!", null, "no letters or digits")]
    [InlineData("Vectors", "expert", "unknown level 'expert'")]
    public async Task Impossible_requests_say_why_and_write_nothing(string title, string? level, string reason)
    {
        using var course = TwoLessons();
        var error = await Assert.ThrowsAsync<ScaffoldException>(() => LessonScaffold.CreateAsync(course.Settings, title, level: level ?? "beginner"));
        Assert.Contains(reason, error.Message);
        Assert.Equal(2, Directory.GetFiles(course.Input).Length);
    }
}
