using MathForML.Generator.Model;
using MathForML.Tests.Support;

namespace MathForML.Tests.Loading;

public class FrontMatterTests
{
    [Fact]
    public async Task Valid_front_matter_is_read()
    {
        using var course = new FixtureCourse().With("01_Vectors.md", """
            ---
            title: Vectors
            order: 1
            phase: Linear Algebra
            level: intermediate
            prerequisites: []
            objectives:
              - Add vectors
              - Compute $x^\top y$
            description: A short one.
            ---
            Body.
            """);
        var result = await course.LoadAsync();
        Assert.Empty(result.Course.Diagnostics);
        var front = Assert.Single(result.Course.Lessons).Front;
        Assert.Equal(new[] { "Add vectors", "Compute $x^\\top y$" }, front.Objectives);
        Assert.Equal(("Vectors", 1, "Linear Algebra", "intermediate", "A short one."), (front.Title, front.Order, front.Phase, front.Level, front.Description));
    }

    [Theory]
    [InlineData("title", "order: 1\nphase: P\n")]
    [InlineData("order", "title: T\nphase: P\n")]
    [InlineData("phase", "title: T\norder: 1\n")]
    public async Task Missing_required_key_is_an_error(string key, string yaml)
    {
        using var course = new FixtureCourse().With("01_A.md", $"---\n{yaml}---\nBody\n");
        var error = (await course.LoadAsync()).Course.Diagnostics.Single(DiagnosticCodes.RequiredKeyMissing);
        Assert.Contains($"'{key}'", error.Message);
        Assert.Equal(new SourceLocation("input/01_A.md", 1, 1), error.Location);
    }

    [Fact]
    public async Task Unknown_level_points_at_its_line()
    {
        using var course = new FixtureCourse().With("01_A.md", "---\ntitle: T\norder: 1\nphase: P\nlevel: expert\n---\n");
        var error = (await course.LoadAsync()).Course.Diagnostics.Single(DiagnosticCodes.UnknownLevel);
        Assert.Equal(new SourceLocation("input/01_A.md", 5, 8), error.Location);
        Assert.Equal("input/01_A.md(5,8): error MFM005: unknown level 'expert': use beginner, intermediate or advanced", error.ToString());
    }

    [Fact]
    public async Task Duplicate_order_is_reported_on_the_second_lesson()
    {
        using var course = new FixtureCourse()
            .WithLesson("01_A", 1, "a")
            .WithLesson("02_B", 1, "b");
        var error = (await course.LoadAsync()).Course.Diagnostics.Single(DiagnosticCodes.DuplicateOrder);
        Assert.Equal(new SourceLocation("input/02_B.md", 3, 8), error.Location);
        Assert.Contains("01_A.md", error.Message);
    }

    [Fact]
    public async Task Unknown_prerequisite_points_at_the_item()
    {
        using var course = new FixtureCourse()
            .WithLesson("01_A", 1, "a")
            .WithLesson("02_B", 2, "b", extraFrontMatter: "prerequisites:\n  - 01_A\n  - 07_Missing\n");
        var error = (await course.LoadAsync()).Course.Diagnostics.Single(DiagnosticCodes.UnknownPrerequisite);
        Assert.Equal(new SourceLocation("input/02_B.md", 8, 5), error.Location);
        Assert.Contains("'07_Missing'", error.Message);
    }

    [Fact]
    public async Task Missing_front_matter_and_bad_yaml_are_errors()
    {
        using var course = new FixtureCourse()
            .With("01_A.md", "# No front matter\n")
            .With("02_B.md", "---\ntitle: [unclosed\norder: 2\n---\n");
        var diagnostics = (await course.LoadAsync()).Course.Diagnostics;
        Assert.Equal("input/01_A.md", diagnostics.Single(DiagnosticCodes.FrontMatterMissing).Location.File);
        Assert.Equal("input/02_B.md", diagnostics.Single(DiagnosticCodes.FrontMatterInvalid).Location.File);
    }

    [Fact]
    public async Task Unknown_key_is_a_warning_and_bad_file_name_an_error()
    {
        using var course = new FixtureCourse()
            .WithLesson("01_A", 1, "a", extraFrontMatter: "objectivs: [x]\n")
            .With("1_Bad Name.md", "---\ntitle: x\n---\n");
        var diagnostics = (await course.LoadAsync()).Course.Diagnostics;
        var warning = diagnostics.Single(DiagnosticCodes.UnknownFrontMatterKey);
        Assert.False(warning.IsError);
        Assert.Equal(6, warning.Location.Line);
        Assert.True(diagnostics.Single(DiagnosticCodes.BadFileName).IsError);
    }

    [Fact]
    public async Task Pages_need_only_a_title_and_lessons_are_ordered()
    {
        using var course = new FixtureCourse()
            .WithLesson("02_B", 5, "b")
            .WithLesson("01_A", 9, "a")
            .With("resources.md", "---\ntitle: Resources\n---\nLinks.\n");
        var loaded = (await course.LoadAsync()).Course;
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(new[] { "02_B", "01_A" }, loaded.Lessons.Select(l => l.Name));
        Assert.Equal("resources.html", Assert.Single(loaded.Pages).Url);
    }
}
