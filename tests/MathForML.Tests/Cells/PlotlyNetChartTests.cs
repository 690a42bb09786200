using System.Text.Json;
using MathForML.Cells.Charts;
using MathForML.Cells.Formatting;
using MathForML.Cells.Outputs;
using Plotly.NET.CSharp;
// The course's Chart is in scope too (as in cells): an alias names Plotly.NET's.
using Chart = MathForML.Cells.Charts.Chart;
using PChart = Plotly.NET.CSharp.Chart;

namespace MathForML.Tests.Cells;

public class PlotlyNetChartTests
{
    private static readonly double[] X = [1, 2, 3];
    private static readonly double[] Y = [1, 4, 9];

    private static Plotly.NET.GenericChart Line(string? name = null) =>
        PChart.Line<double, double, string>(x: X, y: Y, Name: name ?? "squares");

    private static JsonElement Layout(string figureJson) => JsonDocument.Parse(figureJson).RootElement.GetProperty("layout");

    [Fact]
    public void Plotly_NET_adds_a_fixed_size_and_a_large_template_which_the_conversion_strips()
    {
        var raw = PlotlyNetChart.RawFigureJson(Line());
        Assert.True(Layout(raw).TryGetProperty("template", out _));
        Assert.Equal(600, Layout(raw).GetProperty("width").GetInt32());

        var output = Assert.IsType<ChartOutput>(OutputFormatter.Format(Line()));
        var layout = Layout(output.FigureJson);
        Assert.False(layout.TryGetProperty("template", out _));
        Assert.False(layout.TryGetProperty("width", out _));
        Assert.False(layout.TryGetProperty("height", out _));
        Assert.False(JsonDocument.Parse(output.FigureJson).RootElement.TryGetProperty("frames", out _));
        Assert.True(output.FigureJson.Length * 10 < raw.Length, $"{output.FigureJson.Length} of {raw.Length} characters kept");
    }

    [Fact]
    public void The_traces_are_kept_as_Plotly_NET_wrote_them()
    {
        var output = PlotlyNetChart.ToOutput(Line());
        var trace = Assert.Single(JsonDocument.Parse(output.FigureJson).RootElement.GetProperty("data").EnumerateArray());
        Assert.Equal("scatter", trace.GetProperty("type").GetString());
        Assert.Equal("lines", trace.GetProperty("mode").GetString());
        Assert.Equal("squares", trace.GetProperty("name").GetString());
        Assert.Equal(Y, trace.GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
    }

    [Fact]
    public void A_size_the_author_set_is_kept()
    {
        var chart = Line().WithSize(800, 400);
        var layout = Layout(PlotlyNetChart.ToOutput(chart).FigureJson);
        Assert.Equal(800, layout.GetProperty("width").GetInt32());
        Assert.Equal(400, layout.GetProperty("height").GetInt32());
        Assert.False(layout.TryGetProperty("template", out _));
    }

    [Fact]
    public void The_title_and_axis_titles_make_the_same_description_as_a_course_chart()
    {
        // Plotly.NET.CSharp has no WithTitle: the F# API's withTitle returns a function of the chart.
        var plotly = Plotly.NET.Chart.withTitle("Squares", TitleFont: null).Invoke(Line())
            .WithXAxisStyle<double, double, string>(TitleText: "x")
            .WithYAxisStyle<double, double, string>(TitleText: "x²");
        var course = Chart.Line(X, Y, "squares").WithTitle("Squares").WithXAxisTitle("x").WithYAxisTitle("x²");

        var output = PlotlyNetChart.ToOutput(plotly);
        Assert.Equal("Squares", output.Title);
        Assert.Equal(course.Describe(), ChartDescription.Describe(output.FigureJson));
        Assert.Equal(
            OutputText.ForConsole(OutputFormatter.Format(course)!),
            OutputText.ForConsole(output));
    }

    [Fact]
    public void Non_finite_numbers_become_gaps_as_in_course_charts()
    {
        var chart = PChart.Line<double, double, string>(x: X, y: [1, double.NaN, double.PositiveInfinity]);
        Assert.Contains("\"NaN\"", PlotlyNetChart.RawFigureJson(chart));
        var trace = JsonDocument.Parse(PlotlyNetChart.ToOutput(chart).FigureJson).RootElement.GetProperty("data")[0];
        Assert.Equal("[1,null,null]", trace.GetProperty("y").GetRawText());
        // Numbers read as course figures write them.
        Assert.Equal("[1,2,3]", trace.GetProperty("x").GetRawText());
    }

    [Fact]
    public void Text_arrays_stay_text()
    {
        var chart = PChart.Column<double, string, string>(values: [3, 1], Keys: new Plotly.NET.CSharp.Optional<IEnumerable<string>>(["NaN", "b"], true));
        var trace = JsonDocument.Parse(PlotlyNetChart.ToOutput(chart).FigureJson).RootElement.GetProperty("data")[0];
        Assert.Equal("[\"NaN\",\"b\"]", trace.GetProperty("x").GetRawText());
    }

    [Fact]
    public void A_grid_of_subplots_keeps_every_trace_and_its_axes()
    {
        var grid = PChart.Grid([Line("a"), Line("b"), Line("c"), Line("d")], nRows: 2, nCols: 2);
        var figure = JsonDocument.Parse(PlotlyNetChart.ToOutput(grid).FigureJson).RootElement;
        Assert.Equal(4, figure.GetProperty("data").GetArrayLength());
        Assert.True(figure.GetProperty("layout").TryGetProperty("grid", out _));
        Assert.True(figure.GetProperty("layout").TryGetProperty("xaxis4", out _));
    }

    [Fact]
    public void The_same_chart_converts_to_the_same_text()
    {
        Assert.Equal(PlotlyNetChart.ToOutput(Line()).FigureJson, PlotlyNetChart.ToOutput(Line()).FigureJson);
    }

    [Fact]
    public void Only_Plotly_NET_charts_are_recognised()
    {
        Assert.True(PlotlyNetChart.IsChart(Line()));
        Assert.True(PlotlyNetChart.IsChart(PChart.Combine([Line("a"), Line("b")])));
        Assert.False(PlotlyNetChart.IsChart(Chart.Line(X, Y)));
        Assert.False(PlotlyNetChart.IsChart("Plotly.NET.GenericChart"));
        Assert.Throws<ArgumentException>(() => PlotlyNetChart.RawFigureJson(new object()));
    }
}
