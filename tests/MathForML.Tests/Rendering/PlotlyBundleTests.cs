using MathForML.Cells.Charts;
using MathForML.Generator.Model;
using MathForML.Tests.Support;

namespace MathForML.Tests.Rendering;

public sealed class PlotlyBundleTests
{
    [Fact]
    public void Two_dimensional_charts_of_every_kind_draw_with_the_cartesian_build()
    {
        double[] x = [0, 1], y = [1, 0];
        var z = new double[,] { { 0, 1 }, { 1, 0 } };
        var figures = new[]
        {
            Chart.Line(x, y), Chart.Point(x, y), Chart.Bar(["a", "b"], y), Chart.Histogram(y, 4), Chart.Heatmap(z),
            Chart.Contour(x, y, z), Chart.Arrow(0, 0, 1, 1), Chart.Combine(Chart.Line(x, y), Chart.Arrow(0, 0, 1, 1)),
        }.Select(c => c.ToFigureJson());
        Assert.Same(PlotlyBundle.Cartesian, PlotlyBundle.For(figures));
    }

    [Fact]
    public void One_three_dimensional_chart_needs_the_full_build()
    {
        double[] x = [0, 1];
        var surface = Chart.Surface(x, x, new double[,] { { 0, 1 }, { 1, 0 } }).ToFigureJson();
        Assert.Same(PlotlyBundle.Full, PlotlyBundle.For([Chart.Line(x, x).ToFigureJson(), surface]));
    }

    [Theory]
    [InlineData("{\"data\":[{\"x\":[1]}]}", true)]          // plotly's default type is scatter
    [InlineData("{\"data\":[{\"type\":\"violin\"}]}", true)]
    [InlineData("{\"data\":[{\"type\":\"scatter3d\"}]}", false)]
    [InlineData("{\"data\":[{\"type\":\"choropleth\"}]}", false)]
    [InlineData("{\"layout\":{}}", false)]                   // no data: not ours to guess
    [InlineData("not json", false)]
    public void A_figure_is_drawn_by_the_cartesian_build_only_when_all_its_traces_are_cartesian(string figure, bool cartesian) =>
        Assert.Equal(cartesian, PlotlyBundle.DrawnByCartesian(figure));
}

/// <summary>Only the plotly.js builds some page loads are published (and packed into the offline zip).</summary>
public sealed class PublishedPlotlyBuildsTests
{
    [Fact]
    public async Task A_course_of_two_dimensional_charts_ships_only_the_cartesian_build()
    {
        using var course = new FixtureCourse()
            .WithLesson("01_Lines", 1, "## A line\n\n```csharp run\nChart.Line(new[] { 0.0, 1.0 }, new[] { 1.0, 0.0 })\n```\n");
        var result = await course.BuildAsync(new() { AcceptSnapshots = true });

        Assert.True(result.Succeeded, string.Join("\n", result.Course.Diagnostics));
        Assert.Equal(["plotly-cartesian.min"], PlotlyFiles(course.Output));
    }

    [Fact]
    public async Task A_course_without_charts_ships_no_plotly()
    {
        using var course = new FixtureCourse().WithLesson("01_Words", 1, "## Words\n\n```csharp run\n1 + 1\n```\n");
        var result = await course.BuildAsync(new() { AcceptSnapshots = true });

        Assert.True(result.Succeeded, string.Join("\n", result.Course.Diagnostics));
        Assert.Empty(PlotlyFiles(course.Output));
    }

    /// <summary>The plotly.js files in the site's assets, without their fingerprints.</summary>
    private static List<string> PlotlyFiles(string output) =>
        Directory.EnumerateFiles(Path.Combine(output, "assets"), "plotly*.js")
            .Select(path => Path.GetFileName(path))
            .Select(name => name[..name.LastIndexOf('.', name.Length - 4)])
            .Order(StringComparer.Ordinal)
            .ToList();
}
