using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MathForML.Execution.Sessions;
using MathForML.Generator.Browser;
using MathForML.Generator.Commands;
using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;
using MathForML.Tests.Support;

namespace MathForML.Tests.EndToEnd;

/// <summary>
/// A course whose lesson shows a Plotly.NET chart (returned by one cell, displayed by another) beside
/// a course chart, built once with the whole pipeline and Debian's chromium drawing the SVG images:
/// both kinds of chart come out of it the same way.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PlotlyNetCourseTests(PlotlyNetCourseTests.BuiltCourse built) : IClassFixture<PlotlyNetCourseTests.BuiltCourse>
{
    public sealed class BuiltCourse : IAsyncLifetime
    {
        public FixtureCourse Course { get; } = new();

        public BuildResult Result { get; private set; } = null!;

        public ListBuildLog Log { get; } = new();

        public async Task InitializeAsync()
        {
            Course.WithLesson("01_Plotly", 1, """
                ## Two kinds of chart

                ```csharp run
                using Plotly.NET.CSharp;
                using Chart = MathForML.Cells.Charts.Chart;
                using PChart = Plotly.NET.CSharp.Chart;

                Plotly.NET.Chart.withTitle("Squares", TitleFont: null).Invoke(
                    PChart.Line<double, double, string>(x: new[] { 1.0, 2, 3 }, y: new[] { 1.0, 4, 9 }, Name: "squares"))
                    .WithXAxisStyle<double, double, string>(TitleText: "n")
                ```

                ```csharp run
                Display(PChart.BoxPlot<string, double, string>(Y: new[] { 1.0, 2, 2, 3, 8 }, Name: "sample"));
                Display(Chart.Line(new[] { 1.0, 2, 3 }, new[] { 1.0, 4, 9 }, "squares").WithTitle("Course squares").WithXAxisTitle("n"));
                ```
                """);
            var tools = ToolPaths.Locate(Course.Root);
            await using var browser = ChromiumBrowser.Locate(tools);
            Assert.True(browser.Unavailable is null, browser.Unavailable);
            Result = await SiteBuilder.BuildAsync(Course.Settings, new BuildOptions { AcceptSnapshots = true }, Log,
                executor: new ScriptCellExecutor(), browser: browser);
        }

        public Task DisposeAsync()
        {
            Course.Dispose();
            return Task.CompletedTask;
        }

        public IDocument Page => new HtmlParser().ParseDocument(Course.ReadOutput("01-plotly.html"));

        public IReadOnlyList<IElement> Charts => [.. Page.QuerySelectorAll("figure.chart")];

        public JsonElement Figure(IElement chart)
        {
            var script = Course.ReadOutput(chart.QuerySelector(".chart-plot")!.GetAttribute("data-figure-src")!);
            return ChartDataScript.Parse(script).Data.GetProperty("figure");
        }
    }

    [Fact]
    public void The_lesson_builds_with_three_interactive_charts()
    {
        Assert.True(built.Result.Succeeded && built.Result.Course.Diagnostics.IsEmpty, string.Join("\n", built.Result.Course.Diagnostics));
        Assert.Equal(3, built.Charts.Count);
        var squares = built.Figure(built.Charts[0]);
        Assert.Equal("squares", squares.GetProperty("data")[0].GetProperty("name").GetString());
        // The page's theme and width apply: no template, no size of Plotly.NET's.
        Assert.False(squares.GetProperty("layout").TryGetProperty("template", out _));
        Assert.False(squares.GetProperty("layout").TryGetProperty("width", out _));
        Assert.Equal("box", built.Figure(built.Charts[1]).GetProperty("data")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void A_Plotly_NET_chart_has_the_same_caption_text_alternative_and_data_table_as_a_course_chart()
    {
        var plotly = built.Charts[0];
        var course = built.Charts[2];
        Assert.Equal("Squares", plotly.QuerySelector("figcaption")!.TextContent.Trim());
        Assert.Equal("Chart: Squares. Horizontal axis: n. . Its data follows in a table.", plotly.QuerySelector(".chart-plot")!.GetAttribute("aria-label"));
        // The data section names the chart's title; the rest is the same as the course chart's.
        Assert.Equal(course.QuerySelector("details.chart-data")!.InnerHtml.Replace("Course squares", "Squares", StringComparison.Ordinal), plotly.QuerySelector("details.chart-data")!.InnerHtml);
        Assert.Equal(["n", "y"], plotly.QuerySelectorAll("details.chart-data thead th").Select(th => th.TextContent));
        Assert.Equal("Box \"sample\": 5 points.", built.Charts[1].QuerySelector("ul.chart-summary li")!.TextContent);
        Assert.Equal(["1", "2", "2", "3", "8"], built.Charts[1].QuerySelectorAll("details.chart-data td").Select(td => td.TextContent));
    }

    [Fact]
    public void Chromium_draws_every_chart_as_an_SVG_image_and_the_Plotly_NET_line_as_the_course_line()
    {
        Assert.Contains(built.Log.Lines, l => l.StartsWith("Exported 3 of 3 charts to SVG", StringComparison.Ordinal));
        string Svg(IElement chart) => built.Course.ReadOutput(chart.QuerySelector("img.chart-image")!.GetAttribute("src")!);
        Assert.All(built.Charts, chart => Assert.StartsWith("<svg", Svg(chart), StringComparison.Ordinal));
        Assert.Contains("class=\"boxlayer", Svg(built.Charts[1]), StringComparison.Ordinal);
        // Same size, theme, colours and path; only plotly.js's random element ids differ, and whether
        // the root carries an empty style attribute (it does for whichever chart the page drew first).
        static string Scrubbed(string svg) => System.Text.RegularExpressions.Regex.Replace(svg, "(defs-|clip|trace)[0-9a-f]{6}", "$1ID").Replace(" style=\"\"", "", StringComparison.Ordinal);
        Assert.Equal(Scrubbed(Svg(built.Charts[2])), Scrubbed(Svg(built.Charts[0])));
    }

    [Fact]
    public void The_snapshot_records_a_Plotly_NET_chart_as_it_records_a_course_chart()
    {
        var snapshot = File.ReadAllText(Path.Combine(built.Course.Snapshots, "01_Plotly.verified.txt"));
        Assert.Contains("[chart Squares]\n{\n  \"data\": [\n    {\n      \"type\": \"scatter\",\n      \"name\": \"squares\",\n      \"mode\": \"lines\",\n      \"x\": [1, 2, 3],\n      \"y\": [1, 4, 9],", snapshot, StringComparison.Ordinal);
        Assert.Contains("[chart]\n{\n  \"data\": [\n    {\n      \"type\": \"box\"", snapshot, StringComparison.Ordinal);
        Assert.Contains("[chart Course squares]\n", snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain("template", snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain("\"width\"", snapshot, StringComparison.Ordinal);
    }
}
