using System.Text.Json;
using MathForML.Cells.Charts;

namespace MathForML.Tests.Cells;

public class ChartTests
{
    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(chart.ToFigureJson()).RootElement.Clone();

    private static JsonElement Trace(GenericChart chart, int index = 0) => Figure(chart).GetProperty("data")[index];

    private static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    private static double[][] Rows(JsonElement array) => array.EnumerateArray().Select(Numbers).ToArray();

    [Fact]
    public void Line_writes_a_scatter_trace_in_lines_mode_and_an_empty_layout()
    {
        var json = Chart.Line([0, 1], [1, 2.5]).ToFigureJson();

        Assert.Equal("""{"data":[{"type":"scatter","mode":"lines","x":[0,1],"y":[1,2.5]}],"layout":{}}""", json);
    }

    [Fact]
    public void Point_uses_markers_mode_and_keeps_the_name()
    {
        var trace = Trace(Chart.Point([1, 2, 3], [4, 5, 6], name: "data"));

        Assert.Equal("scatter", trace.GetProperty("type").GetString());
        Assert.Equal("markers", trace.GetProperty("mode").GetString());
        Assert.Equal("data", trace.GetProperty("name").GetString());
        Assert.Equal([1.0, 2, 3], Numbers(trace.GetProperty("x")));
        Assert.Equal([4.0, 5, 6], Numbers(trace.GetProperty("y")));
    }

    [Fact]
    public void Unnamed_trace_has_no_name_property()
    {
        Assert.False(Trace(Chart.Line([0], [0])).TryGetProperty("name", out _));
    }

    [Fact]
    public void Doubles_are_written_as_shortest_round_trip_text()
    {
        double[] values = [0.1, 1.0 / 3, 1e-7, 123456789.125, -2.5e300];
        var json = Chart.Line(values, values).ToFigureJson();

        Assert.Contains("[0.1,0.3333333333333333,1E-07,123456789.125,-2.5E+300]", json);
        Assert.Equal(values, Numbers(Trace(Chart.Line(values, values)).GetProperty("x")));
    }

    [Fact]
    public void NaN_and_infinities_become_null_and_negative_zero_becomes_zero()
    {
        var json = Chart.Line([double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0], [1, 2, 3, 4]).ToFigureJson();

        Assert.Contains("\"x\":[null,null,null,0]", json);
    }

    [Fact]
    public void Mismatched_lengths_throw_with_both_lengths_in_the_message()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Line([1, 2, 3], [1, 2]));

        Assert.Contains("Chart.Line", error.Message);
        Assert.Contains("x has 3 values but y has 2", error.Message);
        Assert.Throws<ArgumentException>(() => Chart.Point([1], [1, 2]));
        Assert.Throws<ArgumentException>(() => Chart.Bar(["a", "b"], [1]));
    }

    [Fact]
    public void Bar_writes_labels_as_strings_and_values_as_numbers()
    {
        var trace = Trace(Chart.Bar(["cat", "dog"], [3, 5], "pets"));

        Assert.Equal("bar", trace.GetProperty("type").GetString());
        Assert.Equal(["cat", "dog"], trace.GetProperty("x").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal([3.0, 5], Numbers(trace.GetProperty("y")));
    }

    [Fact]
    public void Bar_rejects_null_labels()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Bar(["a", null!], [1, 2]));
        Assert.Contains("labels[1]", error.Message);
    }

    [Fact]
    public void Histogram_writes_nbinsx_only_when_given()
    {
        var withBins = Trace(Chart.Histogram([1, 2, 2, 3], bins: 2));
        var withoutBins = Trace(Chart.Histogram([1, 2, 2, 3]));

        Assert.Equal("histogram", withBins.GetProperty("type").GetString());
        Assert.Equal([1.0, 2, 2, 3], Numbers(withBins.GetProperty("x")));
        Assert.Equal(2, withBins.GetProperty("nbinsx").GetInt32());
        Assert.False(withoutBins.TryGetProperty("nbinsx", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Chart.Histogram([1], bins: 0));
    }

    [Fact]
    public void Heatmap_writes_z_as_rows_indexed_by_y_then_x()
    {
        var z = new double[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        var trace = Trace(Chart.Heatmap(z, x: [10, 20, 30], y: [0, 1]));

        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        Assert.Equal([[1.0, 2, 3], [4.0, 5, 6]], Rows(trace.GetProperty("z")));
        Assert.Equal([10.0, 20, 30], Numbers(trace.GetProperty("x")));
        Assert.Equal([0.0, 1], Numbers(trace.GetProperty("y")));
    }

    [Fact]
    public void Heatmap_without_axes_writes_only_z()
    {
        var trace = Trace(Chart.Heatmap(new double[,] { { 1 } }));

        Assert.False(trace.TryGetProperty("x", out _));
        Assert.False(trace.TryGetProperty("y", out _));
        Assert.Equal([[1.0]], Rows(trace.GetProperty("z")));
    }

    [Fact]
    public void Heatmap_with_labels_writes_category_axes()
    {
        var z = new double[,] { { 5, 1 }, { 2, 7 } };
        var trace = Trace(Chart.Heatmap(z, ["pred cat", "pred dog"], ["cat", "dog"]));

        Assert.Equal(["pred cat", "pred dog"], trace.GetProperty("x").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(["cat", "dog"], trace.GetProperty("y").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public void A_colour_scale_colours_the_grid_traces_and_leaves_lines_alone()
    {
        var chart = Chart.Combine(Chart.Heatmap(new double[,] { { 0, 1 } }), Chart.Line([0.0, 1], [0.0, 1]))
            .WithColorScale("greys", reversed: true);

        var heatmap = Trace(chart, 0);
        Assert.Equal("Greys", heatmap.GetProperty("colorscale").GetString());
        Assert.True(heatmap.GetProperty("reversescale").GetBoolean());
        Assert.False(Trace(chart, 1).TryGetProperty("colorscale", out _));
        // Immutable: the chart it came from keeps plotly's default scale.
        Assert.False(Trace(Chart.Heatmap(new double[,] { { 0, 1 } }).WithColorScale("Viridis"), 0).TryGetProperty("reversescale", out _));
    }

    [Fact]
    public void An_unknown_colour_scale_or_a_chart_without_a_grid_is_a_clear_error()
    {
        var unknown = Assert.Throws<ArgumentException>(() => Chart.Heatmap(new double[,] { { 1 } }).WithColorScale("Grays"));
        Assert.Contains("Greys", unknown.Message);
        var noGrid = Assert.Throws<InvalidOperationException>(() => Chart.Line([0.0], [0.0]).WithColorScale("Greys"));
        Assert.Contains("heatmaps, contours and surfaces", noGrid.Message);
    }

    [Fact]
    public void Grid_shape_mismatch_throws_explaining_the_convention()
    {
        var z = new double[2, 3];

        var transposed = Assert.Throws<ArgumentException>(() => Chart.Contour(x: [0, 1], y: [0, 1, 2], z));
        Assert.Contains("z is 2×3", transposed.Message);
        Assert.Contains("x has 2 values and y has 3", transposed.Message);
        Assert.Throws<ArgumentException>(() => Chart.Surface([0, 1, 2], [0], z));
        Assert.Throws<ArgumentException>(() => Chart.Heatmap(z, x: [0, 1]));
        Assert.Throws<ArgumentException>(() => Chart.Heatmap(z, ["a", "b", "c"], ["only one"]));
    }

    [Fact]
    public void Contour_and_surface_have_their_plotly_types()
    {
        var z = new double[,] { { 0, 1 }, { 1, 2 } };

        Assert.Equal("contour", Trace(Chart.Contour([0, 1], [0, 1], z)).GetProperty("type").GetString());
        Assert.Equal("surface", Trace(Chart.Surface([0, 1], [0, 1], z)).GetProperty("type").GetString());
    }

    [Fact]
    public void Grid_traces_copy_z_so_later_changes_do_not_leak_into_the_chart()
    {
        var z = new double[,] { { 1 } };
        var chart = Chart.Heatmap(z);
        z[0, 0] = 99;

        Assert.Equal([[1.0]], Rows(Trace(chart).GetProperty("z")));
    }

    [Fact]
    public void Layout_writes_titles_size_equal_axes_and_legend()
    {
        var chart = Chart.Line([0, 1], [0, 1])
            .WithTitle("Loss").WithXAxisTitle("epoch").WithYAxisTitle("loss")
            .WithSize(600, 400).WithEqualAxes().WithLegend(false);

        Assert.Equal(
            """{"title":{"text":"Loss"},"xaxis":{"title":{"text":"epoch"}},"yaxis":{"title":{"text":"loss"},"scaleanchor":"x"},"width":600,"height":400,"showlegend":false}""",
            Figure(chart).GetProperty("layout").GetRawText());
    }

    [Fact]
    public void Surface_puts_axis_titles_under_scene()
    {
        var chart = Chart.Surface([0, 1], [0, 1], new double[2, 2]).WithXAxisTitle("w1").WithYAxisTitle("w2");
        var layout = Figure(chart).GetProperty("layout");

        Assert.False(layout.TryGetProperty("xaxis", out _));
        Assert.Equal("w1", layout.GetProperty("scene").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("w2", layout.GetProperty("scene").GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void With_methods_return_new_charts_and_leave_the_original_alone()
    {
        var plain = Chart.Line([0], [0]);
        var titled = plain.WithTitle("t");

        Assert.NotSame(plain, titled);
        Assert.Null(plain.Title);
        Assert.Equal("t", titled.Title);
        Assert.Equal("""{"data":[{"type":"scatter","mode":"lines","x":[0],"y":[0]}],"layout":{}}""", plain.ToFigureJson());
    }

    [Fact]
    public void WithSize_rejects_non_positive_sizes()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Chart.Line([0], [0]).WithSize(0, 100));
    }

    [Fact]
    public void Arrow_is_a_two_point_scatter_with_an_arrow_head_at_the_end()
    {
        var trace = Trace(Chart.Arrow(0, 0, 1, 2));

        Assert.Equal("scatter", trace.GetProperty("type").GetString());
        Assert.Equal([0.0, 1], Numbers(trace.GetProperty("x")));
        Assert.Equal([0.0, 2], Numbers(trace.GetProperty("y")));
        var marker = trace.GetProperty("marker");
        Assert.Equal("arrow", marker.GetProperty("symbol").GetString());
        Assert.Equal("previous", marker.GetProperty("angleref").GetString());
        var sizes = Numbers(marker.GetProperty("size"));
        Assert.Equal(0, sizes[0]);
        Assert.True(sizes[1] > 0);
        Assert.False(trace.GetProperty("showlegend").GetBoolean());
        Assert.False(Trace(Chart.Arrow(0, 0, 1, 1, "v")).TryGetProperty("showlegend", out _));
    }

    [Fact]
    public void Combine_keeps_all_traces_and_lets_later_explicit_settings_win()
    {
        var first = Chart.Line([0, 1], [0, 1], "a").WithTitle("First").WithXAxisTitle("x");
        var second = Chart.Point([0, 1], [1, 0], "b").WithTitle("Second");
        var third = Chart.Arrow(0, 0, 1, 1);

        var combined = Chart.Combine(first, second, third);
        var figure = Figure(combined);

        Assert.Equal(3, figure.GetProperty("data").GetArrayLength());
        Assert.Equal("a", figure.GetProperty("data")[0].GetProperty("name").GetString());
        Assert.Equal("Second", combined.Title);
        Assert.Equal("x", combined.XAxisTitle);
        Assert.Equal(combined.ToFigureJson(), Chart.Combine(new List<GenericChart> { first, second, third }).ToFigureJson());
    }

    [Fact]
    public void Combine_needs_at_least_one_chart()
    {
        Assert.Throws<ArgumentException>(() => Chart.Combine());
        Assert.Throws<ArgumentException>(() => Chart.Combine(Chart.Line([0], [0]), null!));
    }

    [Fact]
    public void Titles_keep_non_ascii_text_but_escape_html_sensitive_characters()
    {
        var json = Chart.Line([0], [0]).WithTitle("σ² <b>").ToFigureJson();

        Assert.Contains("σ²", json);
        Assert.DoesNotContain("<", json);
        Assert.Equal("σ² <b>", Figure(Chart.Line([0], [0]).WithTitle("σ² <b>")).GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Output_is_identical_for_identical_charts()
    {
        GenericChart Build() => Chart.Combine(Chart.Line([0, 0.5, 1], [1, 2, 3], "l"), Chart.Bar(["a"], [1])).WithTitle("t");

        Assert.Equal(Build().ToFigureJson(), Build().ToFigureJson());
    }

    [Fact]
    public void Inputs_are_copied()
    {
        double[] x = [0, 1];
        var chart = Chart.Line(x, [0, 1]);
        x[0] = 42;

        Assert.Equal([0.0, 1], Numbers(Trace(chart).GetProperty("x")));
    }

    [Fact]
    public void Describe_summarizes_title_axes_and_each_trace()
    {
        var chart = Chart.Combine(
                Chart.Line([0, 1, 2], [5, -1, 3], "train"),
                Chart.Bar(["a", "b"], [1, 2.5]),
                Chart.Arrow(0, 0, 1, 2, "v"))
            .WithTitle("Loss").WithXAxisTitle("epoch");

        var lines = chart.Describe().Split('\n');

        Assert.Equal("Chart: Loss", lines[0]);
        Assert.Equal("x axis: epoch", lines[1]);
        Assert.Equal("Line \"train\": 3 points, x from 0 to 2, y from -1 to 5.", lines[2]);
        Assert.Equal("Bar: a = 1, b = 2.5.", lines[3]);
        Assert.Equal("Arrow \"v\": from (0, 0) to (1, 2).", lines[4]);
        Assert.Equal(["line", "bar", "arrow"], chart.Traces.Select(t => t.Kind).ToArray());
        Assert.Equal(3, chart.Traces[0].Count);
    }

    [Fact]
    public void Describe_reports_grid_shape_and_z_range()
    {
        var chart = Chart.Heatmap(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }, ["a", "b", "c"], ["r1", "r2"]);

        var summary = Assert.Single(chart.Traces);

        Assert.Equal("heatmap", summary.Kind);
        Assert.Equal(6, summary.Count);
        Assert.Equal("Heatmap: 2×3 grid, x: a, b, c, y: r1, r2, z from 1 to 6.", summary.Text);
    }

    [Fact]
    public void ChartDescription_reads_scene_axis_titles_of_3d_figures()
    {
        var chart = Chart.Surface([0, 1], [0, 1], new double[2, 2]).WithXAxisTitle("w1");

        var summary = ChartDescription.Summarize(chart.ToFigureJson());

        Assert.Equal("w1", summary.XAxisTitle);
        Assert.Null(summary.YAxisTitle);
    }
}
