using System.Text.Json;
using MathForML.Cells.Charts;
using MathForML.Cells.Formatting;
using MathForML.Cells.Outputs;

namespace MathForML.Tests.Cells;

public class ChartSweepTests
{
    private static readonly double[] X = [0, 1, 2];

    private static GenericChart Power(int n) => Chart.Line(X, X.Select(x => Math.Pow(x, n)));

    private static JsonElement Layout(string figure) => JsonDocument.Parse(figure).RootElement.GetProperty("layout").Clone();

    private static double[] Range(string figure, string axis) =>
        Layout(figure).GetProperty(axis).GetProperty("range").EnumerateArray().Select(e => e.GetDouble()).ToArray();

    [Fact]
    public void Draws_one_frame_per_value_in_order_and_starts_at_the_first()
    {
        var sweep = Chart.Sweep("power n", [1, 2, 3], Power);

        Assert.Equal("power n", sweep.Parameter);
        Assert.Equal(["1", "2", "3"], sweep.Labels);
        Assert.Equal(0, sweep.InitialIndex);
        Assert.Equal(3, sweep.Frames.Count);
        Assert.Contains("\"y\":[0,1,8]", sweep.Frames[2].ToFigureJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Starts_at_the_initial_value_and_the_output_figure_is_that_frame()
    {
        var output = Assert.IsType<ChartOutput>(OutputFormatter.Format(Chart.Sweep("power n", [1, 2, 3], 2, Power)));

        var frames = Assert.IsType<ChartFrames>(output.Frames);
        Assert.Equal(1, frames.Initial);
        Assert.Equal(frames.Figures[1], output.FigureJson);
        Assert.Contains("\"y\":[0,1,4]", output.FigureJson, StringComparison.Ordinal);
    }

    [Fact]
    public void All_frames_share_axes_that_fit_every_frame()
    {
        var frames = Chart.Sweep("power n", [1, 3], Power).ToOutput().Frames!;

        foreach (var figure in frames.Figures)
        {
            // Lines: x exactly as wide as the data; y from 0 to 8 (the steepest frame) with 5% room.
            Assert.Equal([0.0, 2.0], Range(figure, "xaxis"));
            var y = Range(figure, "yaxis");
            Assert.Equal(-0.4, y[0], 12);
            Assert.Equal(8.4, y[1], 12);
        }
    }

    [Fact]
    public void A_range_the_frames_fix_themselves_wins()
    {
        var frames = Chart.Sweep("power n", [1, 3], n => Power(n).WithYRange(-1, 5)).ToOutput().Frames!;

        Assert.All(frames.Figures, figure => Assert.Equal([-1.0, 5.0], Range(figure, "yaxis")));
        Assert.All(frames.Figures, figure => Assert.Equal([0.0, 2.0], Range(figure, "xaxis")));
    }

    [Fact]
    public void Heatmap_frames_share_one_colour_scale()
    {
        var frames = Chart.Sweep("scale", [1.0, 3.0], s => Chart.Heatmap(new[,] { { 0, s }, { s, 1 } })).ToOutput().Frames!;

        foreach (var figure in frames.Figures)
        {
            var trace = JsonDocument.Parse(figure).RootElement.GetProperty("data")[0];
            Assert.Equal(0, trace.GetProperty("zmin").GetDouble());
            Assert.Equal(3, trace.GetProperty("zmax").GetDouble());
            // The grid sets the picture's extent; ranges cut at its cell centres would halve the edge cells.
            Assert.False(JsonDocument.Parse(figure).RootElement.GetProperty("layout").TryGetProperty("xaxis", out _));
        }
    }

    [Fact]
    public void The_sweep_title_captions_the_chart_and_frames_keep_their_own()
    {
        var output = Chart.Sweep("power n", [1, 2], n => Power(n).WithTitle($"x^{n}")).WithTitle("Powers of x").ToOutput();

        Assert.Equal("Powers of x", output.Title);
        Assert.Equal("x^2", Layout(output.Frames!.Figures[1]).GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Labels_are_invariant_text_of_the_values()
    {
        // A culture with a decimal comma, built by hand because invariant globalization has no "de-DE".
        var comma = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = comma;
            var sweep = Chart.Sweep("step size η", [0.05, 0.5], eta => Power(1));

            Assert.Equal(["0.05", "0.5"], sweep.Labels);
            Assert.EndsWith("step size η: 0.05, 0.5 (shown at 0.05)", sweep.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void The_console_text_names_the_values_it_moves_through()
    {
        var text = OutputText.ForConsole(Chart.Sweep("power n", [1, 2, 3], 3, Power).ToOutput());

        Assert.EndsWith("power n: 1, 2, 3 (shown at 3)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mistakes_say_which_parameter_and_value()
    {
        Assert.Contains("has no values", Assert.Throws<ArgumentException>(() => Chart.Sweep("n", Array.Empty<int>(), Power)).Message, StringComparison.Ordinal);
        Assert.Contains("n = 2 is given twice", Assert.Throws<ArgumentException>(() => Chart.Sweep("n", [1, 2, 2], Power)).Message, StringComparison.Ordinal);
        Assert.Contains("initial n = 5 is not one of its values (1, 2)", Assert.Throws<ArgumentException>(() => Chart.Sweep("n", [1, 2], 5, Power)).Message, StringComparison.Ordinal);
        Assert.Contains("at most 60 frames", Assert.Throws<ArgumentException>(() => Chart.Sweep("n", Enumerable.Range(0, 61), Power)).Message, StringComparison.Ordinal);
        Assert.Contains("n = 2 gave no chart", Assert.Throws<InvalidOperationException>(() => Chart.Sweep("n", [1, 2], n => n == 2 ? null! : Power(n))).Message, StringComparison.Ordinal);
        Assert.Contains("give the parameter a name", Assert.Throws<ArgumentException>(() => Chart.Sweep(" ", [1], Power)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_axis_range_must_be_finite_and_increasing()
    {
        Assert.Throws<ArgumentException>(() => Power(1).WithXRange(1, 1));
        Assert.Throws<ArgumentException>(() => Power(1).WithYRange(double.NaN, 1));
        Assert.Equal([-2.0, 2.0], Range(Power(1).WithXRange(-2, 2).ToFigureJson(), "xaxis"));
    }

    [Fact]
    public void The_output_survives_a_round_trip_through_json_as_the_cache_stores_it()
    {
        var output = Chart.Sweep("power n", [1, 2], Power).ToOutput();

        var copy = Assert.IsType<ChartOutput>(JsonSerializer.Deserialize<CellOutput>(JsonSerializer.Serialize<CellOutput>(output)));

        Assert.Equal(output.Frames!.Labels, copy.Frames!.Labels);
        Assert.Equal(output.Frames.Figures, copy.Frames.Figures);
        Assert.Equal("power n", copy.Frames.Parameter);
    }
}
