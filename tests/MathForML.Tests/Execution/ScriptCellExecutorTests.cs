using MathForML.Cells.Outputs;
using MathForML.Generator.Model;
using MathForML.Tests.Support;

namespace MathForML.Tests.Execution;

public class ScriptCellExecutorTests
{
    // Front matter takes lines 1-5 of the fixture lesson, so a body starts at line 6.
    private const int BodyLine = 6;

    [Fact]
    public async Task Cells_share_state_in_order()
    {
        var (_, run) = await Run.Cells(
            Run.Cell("run", "var x = 20;\nint Twice(int n) => 2 * n;")
            + Run.Cell("run", "record Point(double X, double Y);")
            + Run.Cell("run", "Console.WriteLine(Twice(x) + 2);\nnew Point(1, 2).X"));
        Assert.Empty(run.Diagnostics);
        Assert.Equal(3, run.Results.Count);
        Assert.Equal<CellOutput>([new TextOutput("42\n"), new ValueOutput("double", "1")], run.Results[2].Outputs);
    }

    [Fact]
    public async Task Each_lesson_starts_from_a_fresh_session()
    {
        await Run.Cells(Run.Cell("run", "var leaked = 1;"));
        var (_, run) = await Run.Cells(Run.Cell("run", "leaked"));
        Assert.Equal("CS0103", Assert.Single(run.Diagnostics).Code);
    }

    [Fact]
    public async Task Outputs_keep_the_order_they_were_produced_in()
    {
        var (_, run) = await Run.Cells(Run.Cell("run", "Console.WriteLine(\"a\");\nDisplay(1.5);\nConsole.Write(\"b\");\n\"last\""));
        Assert.Equal<CellOutput>(
            [new TextOutput("a\n"), new ValueOutput("double", "1.5"), new TextOutput("b"), new ValueOutput("string", "last")],
            run.Results[0].Outputs);
    }

    [Fact]
    public async Task A_statement_ending_in_a_semicolon_displays_nothing()
    {
        var (_, run) = await Run.Cells(Run.Cell("run", "var y = 3;\ny += 1;") + Run.Cell("run", "var z = 4;"));
        Assert.Empty(run.Results[1].Outputs);
    }

    [Fact]
    public async Task Default_usings_examples_and_charts_are_available()
    {
        var (_, run) = await Run.Cells(Run.Cell("run", """
            var m = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 } });
            var normal = new Normal(0, 1);
            var mean = new[] { 1.0, 2.0, 3.0 }.Mean();
            Display(m);
            Display(Chart.Point(new[] { 1.0 }, new[] { mean }));
            new[] { new { Name = "a", Value = 1.5 } }
            """));
        Assert.Empty(run.Diagnostics);
        var outputs = run.Results[0].Outputs;
        Assert.Equal("Matrix 2×2", Assert.IsType<TableOutput>(outputs[0]).Caption);
        Assert.Contains("\"mode\":\"markers\"", Assert.IsType<ChartOutput>(outputs[1]).FigureJson);
        Assert.Equal(["Name", "Value"], Assert.IsType<TableOutput>(outputs[2]).Columns);
    }

    [Fact]
    public async Task Compile_errors_point_at_the_markdown_line_and_column()
    {
        var (_, run) = await Run.Cells(Run.Cell("run", "var a = 1;") + Run.Cell("run", "var b = 2;\nvar c = undefinedName + 1;"));
        var error = Assert.Single(run.Diagnostics);
        // Cell 2's fence is body line 5 (BodyLine + 4); its second code line is BodyLine + 6.
        Assert.Equal(("input/01_Test.md", BodyLine + 6, 9), (error.File, error.Line, error.Column));
        Assert.Equal("CS0103", error.Code);
        Assert.Contains("undefinedName", error.Message);
    }

    [Fact]
    public async Task Exceptions_point_at_the_throwing_line_and_stop_the_lesson()
    {
        var (_, run) = await Run.Cells(
            Run.Cell("run", "var list = new List<int>();\nvar first = list[0];\nConsole.WriteLine(first);")
            + Run.Cell("run", "Console.WriteLine(\"never\");"));
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal(DiagnosticCodes.CellException, error.Code);
        Assert.Equal(BodyLine + 2, error.Line);
        Assert.Contains("ArgumentOutOfRangeException", error.Message);
        Assert.Empty(run.Results);
    }

    [Fact]
    public async Task Exceptions_inside_methods_declared_in_cells_map_to_the_method_line()
    {
        var (_, run) = await Run.Cells(
            Run.Cell("run", "double Inverse(double x)\n{\n    if (x == 0) throw new DivideByZeroException(\"x is zero\");\n    return 1 / x;\n}")
            + Run.Cell("run", "Inverse(0)"));
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal(BodyLine + 3, error.Line);
        Assert.Contains("x is zero", error.Message);
    }

    [Fact]
    public async Task A_throws_cell_shows_the_exception_and_the_lesson_goes_on()
    {
        var (_, run) = await Run.Cells(
            Run.Cell("run throws", "throw new ArgumentException(\"bad shape\");")
            + Run.Cell("run", "1 + 1"));
        Assert.Empty(run.Diagnostics);
        Assert.Equal<CellOutput>([new ExceptionOutput("ArgumentException", "bad shape")], run.Results[0].Outputs);
        Assert.Equal<CellOutput>([new ValueOutput("int", "2")], run.Results[1].Outputs);
    }

    [Fact]
    public async Task A_throws_cell_that_does_not_throw_is_an_error_at_its_fence()
    {
        var (_, run) = await Run.Cells(Run.Cell("run", "var ok = 1;") + Run.Cell("run throws", "var fine = 2;"));
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal(DiagnosticCodes.CellDidNotThrow, error.Code);
        Assert.Equal(BodyLine + 4, error.Line);
    }

    [Fact]
    public async Task A_cell_over_its_timeout_is_reported()
    {
        var (_, run) = await Run.Cells(Run.Cell("run timeout=0.5", "System.Threading.Thread.Sleep(3000);"));
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal(DiagnosticCodes.CellTimedOut, error.Code);
        Assert.Equal(BodyLine, error.Line);
    }

    [Fact]
    public async Task Numbers_use_the_invariant_culture()
    {
        var (_, run) = await Run.Cells(Run.Cell("run", "Console.WriteLine(1.5);\nSystem.Globalization.CultureInfo.CurrentCulture.Name == \"\" ? 2.25 : -1"));
        Assert.Equal<CellOutput>([new TextOutput("1.5\n"), new ValueOutput("double", "2.25")], run.Results[0].Outputs);
    }
}
