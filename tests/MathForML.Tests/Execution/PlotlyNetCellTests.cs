using System.Text.Json;
using MathForML.Cells.Outputs;
using MathForML.Execution.Workers;

using MathForML.Generator.CellExecution;

namespace MathForML.Tests.Execution;

/// <summary>Cells that use Plotly.NET, in process and in a worker, and the cost for cells that do not.</summary>
public class PlotlyNetCellTests
{
    /// <summary>The imports CONTRIBUTING.md recommends: Plotly.NET's API, with Chart kept for the course's.</summary>
    public const string ImportsAsDocumented = """
        using Plotly.NET.CSharp;
        using Chart = MathForML.Cells.Charts.Chart;
        using PChart = Plotly.NET.CSharp.Chart;
        """;

    private const string PlotlyLine = ImportsAsDocumented + "\n" + """
        var squares = PChart.Line<double, double, string>(x: new[] { 1.0, 2, 3 }, y: new[] { 1.0, 4, 9 }, Name: "squares");
        """;

    // Whether FSharp.Core or Plotly.NET is loaded in the process the cell runs in.
    private const string LoadedCheck = """AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name is "Plotly.NET" or "Plotly.NET.CSharp" or "FSharp.Core")""";

    private static JsonElement Layout(CellOutput output) =>
        JsonDocument.Parse(Assert.IsType<ChartOutput>(output).FigureJson).RootElement.GetProperty("layout");

    [Fact]
    public async Task A_cell_that_returns_or_displays_a_Plotly_NET_chart_shows_a_course_chart()
    {
        var (_, run) = await Run.Cells(
            Run.Cell("run", PlotlyLine)
            + Run.Cell("run", "Console.WriteLine(\"before\");\nDisplay(squares);\nConsole.WriteLine(\"after\");")
            + Run.Cell("run", "squares"));
        Assert.Empty(run.Diagnostics);
        var displayed = run.Results[1].Outputs;
        Assert.Equal(3, displayed.Count);
        Assert.Equal(new TextOutput("before\n"), displayed[0]);
        Assert.Equal(new TextOutput("after\n"), displayed[2]);
        Assert.False(Layout(displayed[1]).TryGetProperty("template", out _));
        Assert.False(Layout(displayed[1]).TryGetProperty("width", out _));
        var returned = Assert.Single(run.Results[2].Outputs);
        Assert.Equal(displayed[1], returned);
        Assert.Contains("\"name\":\"squares\"", ((ChartOutput)returned).FigureJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_Plotly_NET_CSharp_hides_the_course_Chart_from_then_on_and_an_alias_keeps_it()
    {
        // A cell's own using outranks the default imports, in that cell and every later one.
        var (_, hidden) = await Run.Cells(Run.Cell("run", "using Plotly.NET.CSharp;") + Run.Cell("run", "Chart.Line(new[] { 1.0 }, new[] { 2.0 })"));
        var error = Assert.Single(hidden.Diagnostics);
        Assert.Equal("CS0411", error.Code);
        Assert.Contains("Optional<", error.Message, StringComparison.Ordinal);

        var (_, settled) = await Run.Cells(Run.Cell("run", PlotlyNetCellTests.ImportsAsDocumented)
            + Run.Cell("run", """
            Display(Chart.Line(new[] { 1.0, 2 }, new[] { 2.0, 3 }, "course").WithSize(300, 200));
            Display(PChart.Point<double, double, string>(x: new[] { 1.0, 2 }, y: new[] { 2.0, 3 }, Name: "plotly").WithSize(300, 200));
            """));
        Assert.Empty(settled.Diagnostics);
        Assert.Equal(2, settled.Results[1].Outputs.Count);
        Assert.All(settled.Results[1].Outputs, output => Assert.Equal(300, Layout(output).GetProperty("width").GetInt32()));
    }

    [Fact]
    public async Task A_worker_runs_Plotly_NET_cells_and_loads_Plotly_NET_only_for_them()
    {
        await using var pool = new WorkerPool(WorkerOptions.Default, 1);

        // A lesson without Plotly.NET shows every kind of output, then looks at what is loaded.
        var plain = await pool.ExecuteAsync(Markdown.MarkdownSpecTests.Document("01_Plain", "Plain", 1,
            Run.Cell("run", "Chart.Line(new[] { 1.0, 2 }, new[] { 3.0, 4 }).WithTitle(\"course\")")
            + Run.Cell("run", "Display(Matrix<double>.Build.DenseIdentity(2));\nDisplay(new[] { new { A = 1 } });\n\"text\"")
            + Run.Cell("run", LoadedCheck)).ToRequest(), CancellationToken.None);
        Assert.Empty(plain.Diagnostics);
        Assert.IsType<ChartOutput>(Assert.Single(plain.Results[0].Outputs));
        Assert.Equal(new ValueOutput("bool", "false"), Assert.Single(plain.Results[2].Outputs));

        // The same check fails after a Plotly.NET cell, in a worker whose folder has its assemblies.
        var plotly = await pool.ExecuteAsync(Markdown.MarkdownSpecTests.Document("02_Plotly", "Plotly", 2,
            Run.Cell("run", PlotlyLine + "\nsquares")
            + Run.Cell("run", LoadedCheck)).ToRequest(), CancellationToken.None);
        Assert.Empty(plotly.Diagnostics);
        Assert.False(Layout(Assert.Single(plotly.Results[0].Outputs)).TryGetProperty("template", out _));
        Assert.Equal(new ValueOutput("bool", "true"), Assert.Single(plotly.Results[1].Outputs));
    }
}
