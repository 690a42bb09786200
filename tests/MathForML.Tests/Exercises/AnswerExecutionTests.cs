using System.Text.Json;
using MathForML.Cells.Outputs;
using MathForML.Execution.Contract;
using MathForML.Execution.Workers;
using MathForML.Generator.Model;
using MathForML.Tests.Execution;

namespace MathForML.Tests.Exercises;

/// <summary>
/// What an answer cell's value becomes: the expected answer as doubles (never through text), with
/// the fence's tolerance unless the cell chose one; and every way an answer cell can fail, at its place.
/// </summary>
public class AnswerExecutionTests
{
    private const string Exercise = "> [!EXERCISE]\n> Q.\n\n";

    private static async Task<AnswerOutput> AnswerOf(string flags, string code)
    {
        var (_, run) = await Run.Cells(Exercise + Run.Cell(flags, code));
        Assert.True(run.Diagnostics.Count == 0, string.Join("\n", run.Diagnostics));
        return Assert.IsType<AnswerOutput>(Assert.Single(run.Results[0].Outputs));
    }

    [Fact]
    public async Task Numbers_of_any_type_keep_full_precision()
    {
        var root = await AnswerOf("answer", "1 / Math.Sqrt(2)");
        Assert.Equal(AnswerKind.Number, root.Kind);
        Assert.Equal(1 / Math.Sqrt(2), Assert.Single(root.Values));
        Assert.Null(root.Tolerance);
        Assert.Equal(1e-3, root.Allowed(0.5));
        Assert.Equal(1.6e-3, root.Allowed(1.6), 15);

        Assert.Equal(7.0, Assert.Single((await AnswerOf("answer", "3 + 4")).Values));
        Assert.Equal(0.25, Assert.Single((await AnswerOf("answer", "0.25m")).Values));
        Assert.Equal(0.01, (await AnswerOf("answer tolerance=0.01", "2.0")).Tolerance);
    }

    [Fact]
    public async Task Vectors_and_matrices_of_mathnet_or_arrays()
    {
        var vector = await AnswerOf("answer", "Vector<double>.Build.DenseOfArray(new[] { 1.0, -2.5, 1.0 / 3 })");
        Assert.Equal(AnswerKind.Vector, vector.Kind);
        Assert.Equal(3, vector.Columns);
        Assert.Equal([1.0, -2.5, 1.0 / 3], vector.Values);
        Assert.Equal([3.0, 4.0], (await AnswerOf("answer", "new[] { 3.0, 4.0 }")).Values);

        var matrix = await AnswerOf("answer", "Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } })");
        Assert.Equal((AnswerKind.Matrix, 2, 3), (matrix.Kind, matrix.Rows, matrix.Columns));
        Assert.Equal([1.0, 2, 3, 4, 5, 6], matrix.Values);
        var array = await AnswerOf("answer tolerance=0.1", "new double[,] { { 1, 0 }, { 0, 1 } }");
        Assert.Equal((2, 2, 0.1), (array.Rows, array.Columns, array.Tolerance));
    }

    [Fact]
    public async Task The_answer_api_gives_a_choice_or_a_tolerance_of_its_own()
    {
        var choice = await AnswerOf("answer", "Answer.Choice([\"rank 1\", \"rank 2\", \"rank 3\"], \"rank 2\")");
        Assert.Equal(AnswerKind.Choice, choice.Kind);
        Assert.Equal(["rank 1", "rank 2", "rank 3"], choice.Options!);
        Assert.Equal(1, choice.Correct);

        // The cell's own tolerance wins over the fence's.
        Assert.Equal(0.5, (await AnswerOf("answer tolerance=0.01", "Answer.Number(3, tolerance: 0.5)")).Tolerance);
        Assert.Equal(0.01, (await AnswerOf("answer tolerance=0.01", "Answer.Vector(new[] { 1.0, 2.0 })")).Tolerance);
        Assert.Equal(2, (await AnswerOf("answer", "Answer.Matrix(new double[,] { { 1 }, { 2 } }, 0.1)")).Rows);
    }

    [Theory]
    [InlineData("var x = 2;", DiagnosticCodes.AnswerWithoutValue, "must end with an expression without a semicolon")]
    [InlineData("Console.WriteLine(2);\n2", DiagnosticCodes.AnswerWithoutValue, "shows nothing but its final value")]
    [InlineData("Display(2.0);\n2", DiagnosticCodes.AnswerWithoutValue, "shows nothing but its final value")]
    [InlineData("\"two\"", DiagnosticCodes.AnswerNotSupported, "a value of type string")]
    [InlineData("new[] { 1, 2 }", DiagnosticCodes.AnswerNotSupported, "a value of type int[]")]
    [InlineData("double.NaN", DiagnosticCodes.AnswerNotSupported, "finite")]
    [InlineData("Answer.Choice([\"a\", \"b\"], \"c\")", DiagnosticCodes.CellException, "the correct option \"c\" is not one of the options: \"a\", \"b\"")]
    [InlineData("1 +", "CS1733", "")]
    [InlineData("Convert.ToDouble(\"no key\")", DiagnosticCodes.CellException, "no key")]
    public async Task A_failing_answer_cell_is_an_error_in_the_markdown_file(string code, string expectedCode, string message)
    {
        var (_, run) = await Run.Cells(Exercise + Run.Cell("answer", code));
        var problem = Assert.Single(run.Diagnostics, d => d.IsError);
        Assert.Equal(expectedCode, problem.Code);
        Assert.Contains(message, problem.Message);
        Assert.Equal("input/01_Test.md", problem.File);
        // Front matter lines 1-5, the exercise 6-8: the fence is on line 9, its code from line 10.
        Assert.InRange(problem.Line, 9, 10);
        Assert.Empty(run.Results);
    }

    [Fact]
    public async Task An_answer_made_in_a_run_cell_is_an_error()
    {
        var (_, run) = await Run.Cells(Run.Cell("run", "Answer.Number(2)"));
        var problem = Assert.Single(run.Diagnostics);
        Assert.Equal(DiagnosticCodes.AnswerOutsideAnswerCell, problem.Code);
        Assert.Contains("```csharp answer", problem.Message);
    }

    [Fact]
    public async Task Answer_cells_share_the_lesson_session()
    {
        var (_, run) = await Run.Cells(Run.Cell("run", "double Area(double r) => Math.PI * r * r;") + Exercise + Run.Cell("answer", "Area(2)"));
        Assert.Empty(run.Diagnostics);
        Assert.Equal(4 * Math.PI, Assert.IsType<AnswerOutput>(Assert.Single(run.Results[1].Outputs)).Values[0]);
    }

    [Fact]
    public void Answers_cross_the_worker_boundary_and_the_cache_as_json_without_losing_a_digit()
    {
        CellOutput[] outputs =
        [
            new AnswerOutput(AnswerKind.Vector, [0.1 + 0.2, 1 / 3.0, -1e-300]) { Columns = 3, Tolerance = 1e-7 },
            new AnswerOutput(AnswerKind.Choice, []) { Options = ["a", "b"], Correct = 1, Columns = 0 },
        ];
        var json = JsonSerializer.Serialize(outputs, WorkerJson.Options);
        Assert.Contains("\"kind\":\"answer\"", json);
        var back = JsonSerializer.Deserialize<CellOutput[]>(json, WorkerJson.Options)!;
        var vector = Assert.IsType<AnswerOutput>(back[0]);
        Assert.Equal([0.1 + 0.2, 1 / 3.0, -1e-300], vector.Values);
        Assert.Equal((AnswerKind.Vector, 3, 1e-7), (vector.Kind, vector.Columns, vector.Tolerance));
        var choice = Assert.IsType<AnswerOutput>(back[1]);
        Assert.Equal(["a", "b"], choice.Options!);
        Assert.Equal(1, choice.Correct);

        // The request carries the flag and the tolerance to the worker.
        var request = new CellRequest(0, "1", 1, 1, 1, false, 30, Answer: true, Tolerance: 0.25);
        Assert.Equal(request, JsonSerializer.Deserialize<CellRequest>(JsonSerializer.Serialize(request, WorkerJson.Options), WorkerJson.Options));
    }
}
