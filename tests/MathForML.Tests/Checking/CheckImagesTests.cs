using MathForML.Generator.Loading;
using MathForML.Generator.Markdown;
using MathForML.Generator.Model;
using MathForML.Generator.Settings;
using MathForML.Tests.Support;

namespace MathForML.Tests.Checking;

public class CheckImagesTests
{
    private static async Task<IReadOnlyList<Diagnostic>> Check(FixtureCourse course)
    {
        var result = await course.BuildAsync(new BuildOptions { WriteOutput = false, CompareSnapshots = false },
            [new LoadLessons(), new ParseMarkdown(), new CheckImages()]);
        return result.Course.Diagnostics;
    }

    [Fact]
    public async Task An_image_under_input_with_alt_text_passes()
    {
        using var course = new FixtureCourse()
            .WithFile("input/images/plane.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
            .WithLesson("01_A", 1, "![A plane through the origin](images/plane.svg)\n\n<img src=\"images/plane.svg\" alt=\"The same plane\">\n");
        Assert.Empty(await Check(course));
    }

    [Fact]
    public async Task A_missing_image_is_an_error_at_its_place()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "Text.\n\nSee ![a plot](images/missing.png) here.\n");
        var problem = (await Check(course)).Single(DiagnosticCodes.MissingImage);
        Assert.True(problem.IsError);
        Assert.Equal(new SourceLocation("input/01_A.md", 10, 5), problem.Location);
        Assert.Contains("input/images/missing.png", problem.Message);
    }

    [Fact]
    public async Task An_image_without_alt_text_is_a_warning()
    {
        using var course = new FixtureCourse()
            .WithFile("input/plot.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
            .WithLesson("01_A", 1, "![](plot.svg)\n");
        var problem = (await Check(course)).Single(DiagnosticCodes.ImageWithoutAlt);
        Assert.False(problem.IsError);
        Assert.Equal(new SourceLocation("input/01_A.md", 8, 1), problem.Location);
    }

    [Fact]
    public async Task Html_images_are_checked_for_their_file_and_alt_text()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "<p>\n  <img src='gone.png'>\n</p>\n");
        var diagnostics = await Check(course);
        Assert.Equal(new SourceLocation("input/01_A.md", 9, 3), diagnostics.Single(DiagnosticCodes.MissingImage).Location);
        Assert.Equal(new SourceLocation("input/01_A.md", 9, 3), diagnostics.Single(DiagnosticCodes.ImageWithoutAlt).Location);
    }

    [Theory]
    [InlineData("../outside.png", "outside input/")]
    [InlineData("/images/plot.png", "starts with '/'")]
    [InlineData(".hidden/plot.png", "hidden")]
    public async Task Images_the_build_would_not_copy_are_errors(string source, string reason)
    {
        using var course = new FixtureCourse()
            .WithFile("outside.png", "not copied")
            .WithFile("input/.hidden/plot.png", "not copied")
            .WithLesson("01_A", 1, $"![a plot]({source})\n");
        Assert.Contains(reason, (await Check(course)).Single(DiagnosticCodes.MissingImage).Message);
    }

    [Fact]
    public async Task Remote_images_are_left_alone()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "![a logo](https://example.org/logo.png)\n");
        Assert.Empty(await Check(course));
    }
}
