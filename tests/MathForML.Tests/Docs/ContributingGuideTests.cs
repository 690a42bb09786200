using MathForML.Cells.Outputs;
using MathForML.Execution.Sessions;
using MathForML.Generator.Commands;
using MathForML.Generator.Settings;
using MathForML.Tests.Support;

namespace MathForML.Tests.Docs;

/// <summary>CONTRIBUTING.md's complete example lesson is a real lesson: it must build without a single problem.</summary>
public class ContributingGuideTests
{
    private const string Start = "<!-- example-lesson:start -->\n````markdown\n";
    private const string End = "````\n<!-- example-lesson:end -->";

    private static string ExampleLesson() => ContributingGuide.Between(Start, End);

    [Fact]
    public async Task The_example_lesson_builds_cleanly_and_shows_every_kind_of_output()
    {
        using var course = new FixtureCourse()
            .WithLesson("01_Vectors_and_Matrices", 1, "## Inner products and geometry\n\nDot products.\n", phase: "Linear Algebra Fundamentals")
            .WithFile("input/images/descent-path.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
            .With("02_Gradient_Descent.md", ExampleLesson());

        var result = await SiteBuilder.BuildAsync(course.Settings, new BuildOptions { CompareSnapshots = false }, executor: new ScriptCellExecutor());
        Assert.True(result.Course.Diagnostics.IsEmpty, string.Join("\n", result.Course.Diagnostics));

        var lesson = result.Course.Find("02_Gradient_Descent")!;
        var outputs = lesson.Results.Values.SelectMany(r => r.Outputs).ToList();
        Assert.Contains(outputs, o => o is TextOutput t && t.Text.Contains("after 50 steps", StringComparison.Ordinal));
        Assert.Contains(outputs, o => o is TableOutput);
        Assert.Contains(outputs, o => o is ChartOutput { Title: "Contraction factor per step" });
        Assert.Contains(outputs, o => o is ExceptionOutput { TypeName: "InvalidOperationException" });
        var key = Assert.Single(outputs.OfType<AnswerOutput>());
        Assert.Equal(0.25, Assert.Single(key.Values));
        Assert.Equal(7, lesson.Cells.Length);
        var page = course.ReadOutput("02-gradient-descent.html");
        Assert.Contains("data-exercise=\"02-gradient-descent#2\"", page);
        Assert.Contains("01-vectors-and-matrices.html#inner-products-and-geometry", page);
        Assert.Contains("images/descent-path.svg", page);
    }
}
