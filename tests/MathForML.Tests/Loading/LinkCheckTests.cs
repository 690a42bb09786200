using MathForML.Generator.Model;
using MathForML.Tests.Support;

namespace MathForML.Tests.Loading;

public class LinkCheckTests
{
    [Fact]
    public async Task Links_to_lessons_and_their_headings_pass()
    {
        using var course = new FixtureCourse()
            .WithLesson("01_A", 1, "## Basis\n\nSee [B](02_B.md), [B's part](02_B.md#the-part), [mine](#basis).\n")
            .WithLesson("02_B", 2, "## The Part\n\nBack to [A](./01_A.md#basis).\n");
        Assert.Empty((await course.LoadAsync()).Course.Diagnostics);
    }

    [Fact]
    public async Task Missing_lesson_is_an_error_at_the_link()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "Intro.\n\nSee [later](05_Later.md) please.\n");
        var error = (await course.LoadAsync()).Course.Diagnostics.Single(DiagnosticCodes.MissingLinkTarget);
        Assert.Equal(new SourceLocation("input/01_A.md", 10, 5), error.Location);
    }

    [Fact]
    public async Task Missing_anchor_is_an_error_with_a_suggestion()
    {
        using var course = new FixtureCourse()
            .WithLesson("01_A", 1, "[B](02_B.md#eigen-value)\n")
            .WithLesson("02_B", 2, "## Eigen Values\n");
        var error = (await course.LoadAsync()).Course.Diagnostics.Single(DiagnosticCodes.MissingAnchor);
        Assert.Equal(8, error.Location.Line);
        Assert.Contains("did you mean #eigen-values?", error.Message);
    }
}
