using MathForML.Cells.Outputs;
using MathForML.Execution.Sessions;
using MathForML.Generator.Commands;
using MathForML.Generator.Settings;
using MathForML.Tests.Support;

namespace MathForML.Tests.Docs;

/// <summary>CONTRIBUTING.md's explorable-chart example is a real cell: it builds and makes the frames it promises.</summary>
public class SweepExampleTests
{
    private const string Start = "<!-- sweep-example:start -->\n";
    private const string End = "<!-- sweep-example:end -->";

    [Fact]
    public async Task The_example_sweep_builds_one_frame_per_step_size_starting_at_the_one_it_names()
    {
        using var course = new FixtureCourse().WithLesson("01_Steps", 1, "## Steps\n\n" + ContributingGuide.Between(Start, End));

        var result = await SiteBuilder.BuildAsync(course.Settings, new BuildOptions { CompareSnapshots = false }, executor: new ScriptCellExecutor());

        Assert.True(result.Course.Diagnostics.IsEmpty, string.Join("\n", result.Course.Diagnostics));
        var chart = Assert.IsType<ChartOutput>(Assert.Single(result.Course.Find("01_Steps")!.Results.Values.SelectMany(r => r.Outputs)));
        Assert.Equal("One gradient step on f(x) = x²/2, as η moves", chart.Title);
        Assert.Equal(["0.1", "0.5", "0.9", "1.1"], chart.Frames!.Labels);
        Assert.Equal(1, chart.Frames.Initial);
        Assert.Contains("η = 1.1: the error is multiplied by -0.1", chart.Frames.Figures[3], StringComparison.Ordinal);
        Assert.Contains("class=\"chart-explore\"", course.ReadOutput("01-steps.html"), StringComparison.Ordinal);
    }
}
