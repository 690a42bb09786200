using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MathForML.Cells.Charts;
using MathForML.Cells.Outputs;
using MathForML.Generator.Charts;
using MathForML.Generator.Model;
using MathForML.Tests.Support;

namespace MathForML.Tests.Charts;

public class ExplorableChartHtmlTests
{
    private static readonly double[] X = [0, 1, 2];

    private static ChartOutput Sweep() =>
        Chart.Sweep("order n", [1, 2, 3], 2, n => Chart.Line(X, X.Select(x => Math.Pow(x, n))).WithTitle($"x^{n}"))
            .WithTitle("Powers").ToOutput();

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument("<main>" + html + "</main>");

    [Fact]
    public void The_page_names_a_script_with_every_frame_but_the_initial_one_which_is_the_figure_itself()
    {
        var output = Sweep();
        var page = Parse(ChartHtml.Render(output, 4));

        Assert.Null(page.QuerySelector("script")); // nothing of the figure is in the page itself
        var file = ChartDataFile.Of(output);
        Assert.Equal(file.Path, page.QuerySelector(".chart-plot")!.GetAttribute("data-figure-src"));
        var (key, data) = ChartDataScript.Parse(Encoding.UTF8.GetString(file.Content));
        Assert.Equal($"charts/{key}.js", file.Path);
        Assert.Equal(output.FigureJson, data.GetProperty("figure").GetRawText());
        var figures = data.GetProperty("frames").EnumerateArray().ToArray();
        Assert.Equal(3, figures.Length);
        Assert.Equal(JsonValueKind.Null, figures[1].ValueKind);
        Assert.Equal(output.Frames!.Figures[0], figures[0].GetRawText());
        Assert.Equal(output.Frames.Figures[2], figures[2].GetRawText());
        // The words of each value are on the controls: the slider speaks them before any frame loads.
        Assert.Equal("[\"1\",\"2\",\"3\"]", page.QuerySelector(".chart-explore")!.GetAttribute("data-labels"));
    }

    [Fact]
    public void A_data_script_is_named_by_its_content()
    {
        var sweep = Sweep();
        var line = new ChartOutput(Chart.Line(X, X).ToFigureJson());

        Assert.Equal(ChartDataFile.PathOf(sweep), ChartDataFile.PathOf(Sweep())); // the same chart twice: one file
        Assert.NotEqual(ChartDataFile.PathOf(sweep), ChartDataFile.PathOf(new ChartOutput(sweep.FigureJson))); // frames count
        Assert.NotEqual(ChartDataFile.PathOf(line), ChartDataFile.PathOf(new ChartOutput(Chart.Line(X, X.Reverse()).ToFigureJson())));
        Assert.Matches("^charts/[0-9a-f]{16}\\.js$", ChartDataFile.PathOf(line));
        Assert.False(ChartDataScript.Parse(Encoding.UTF8.GetString(ChartDataFile.Of(line).Content)).Data.TryGetProperty("frames", out _));
    }

    [Fact]
    public void The_slider_is_a_labelled_range_over_the_frames_that_speaks_its_value()
    {
        var page = Parse(ChartHtml.Render(Sweep(), 4));

        var controls = page.QuerySelector(".chart-explore")!;
        Assert.True(controls.HasAttribute("hidden")); // until charts.js can move the chart
        Assert.Equal("chart-4", controls.GetAttribute("data-explore"));
        var slider = controls.QuerySelector("input[type=range]")!;
        Assert.Equal(("0", "2", "1", "1"), (slider.GetAttribute("min"), slider.GetAttribute("max"), slider.GetAttribute("step"), slider.GetAttribute("value")));
        Assert.Equal("order n = 2", slider.GetAttribute("aria-valuetext"));
        Assert.Equal("order n", page.QuerySelector($"label[for='{slider.Id}']")!.TextContent);
        Assert.Equal("chart-4-plot", slider.GetAttribute("aria-controls"));
        Assert.NotNull(page.GetElementById("chart-4-plot"));
        Assert.Equal(["Previous value of order n", "Next value of order n"],
            controls.QuerySelectorAll("button.explore-step").Select(b => b.GetAttribute("aria-label")));
        Assert.Equal("false", controls.QuerySelector("button.explore-play")!.GetAttribute("aria-pressed"));
        Assert.Contains("A slider below it changes order n.", page.QuerySelector(".chart-plot")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void Caption_and_data_table_show_the_initial_frame()
    {
        var page = Parse(ChartHtml.Render(Sweep(), 1));

        Assert.Equal("Powers", page.QuerySelector("figcaption")!.TextContent);
        Assert.Equal(["0", "0", "1", "1", "2", "4"], page.QuerySelectorAll(".chart-data tbody td").Select(td => td.TextContent));
    }

    [Fact]
    public void On_a_page_the_data_table_is_raw_text_until_its_section_opens_and_in_print_it_is_markup()
    {
        var output = Sweep();
        // Parsed as a browser with scripting on reads it: <noscript> content is text, not elements.
        var onPage = new HtmlParser(new HtmlParserOptions { IsScripting = true }).ParseDocument("<main>" + ChartHtml.Render(output, 1) + "</main>");
        Assert.Empty(onPage.QuerySelectorAll(".chart-data table"));
        Assert.Contains("<td>4</td>", onPage.QuerySelector(".chart-data noscript.chart-table")!.TextContent);
        Assert.NotEmpty(onPage.QuerySelectorAll(".chart-data .chart-summary li")); // the words stay markup

        var images = ImmutableDictionary<string, ChartImage>.Empty.Add(output.FigureJson, new ChartImage("charts/a.svg", 600, 400));
        var printed = new HtmlParser(new HtmlParserOptions { IsScripting = true }).ParseDocument("<main>" + ChartHtml.Render(output, 1, new ChartRendering(images, Interactive: false)) + "</main>");
        Assert.Empty(printed.QuerySelectorAll("noscript"));
        Assert.Equal(["0", "0", "1", "1", "2", "4"], printed.QuerySelectorAll(".chart-data tbody td").Select(td => td.TextContent));
    }

    [Fact]
    public void In_print_nothing_moves_and_a_note_says_which_value_is_drawn()
    {
        var output = Sweep();
        var images = ImmutableDictionary<string, ChartImage>.Empty.Add(output.FigureJson, new ChartImage("charts/a.svg", 600, 400));
        var page = Parse(ChartHtml.Render(output, 1, new ChartRendering(images, Interactive: false)));

        Assert.Null(page.QuerySelector(".chart-explore"));
        Assert.Null(page.QuerySelector("script"));
        Assert.Equal("charts/a.svg", page.QuerySelector(".chart-image")!.GetAttribute("src"));
        Assert.Equal("Drawn at order n = 2; the course site lets you move order n through 1, 2, 3.",
            page.QuerySelector(".chart-explore-note")!.TextContent);
    }

    [Fact]
    public void A_chart_without_frames_has_no_controls()
    {
        var page = Parse(ChartHtml.Render(new ChartOutput(Chart.Line(X, X).ToFigureJson()), 1));

        Assert.Null(page.QuerySelector(".chart-explore"));
        Assert.Null(page.QuerySelector("[data-labels]"));
        Assert.DoesNotContain("slider", page.QuerySelector(".chart-plot")!.GetAttribute("aria-label"), StringComparison.Ordinal);
    }
}
