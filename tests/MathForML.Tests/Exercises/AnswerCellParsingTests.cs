using MathForML.Generator.Markdown.Cells;
using MathForML.Generator.Model;
using MathForML.Tests.Support;

namespace MathForML.Tests.Exercises;

/// <summary>
/// The <c>answer</c> flag and where an answer cell may stand: right after its exercise callout,
/// one per exercise. Every misplaced cell is an error at its fence, with a message that says what to do.
/// </summary>
public class AnswerCellParsingTests
{
    [Fact]
    public void Answer_is_an_executed_hidden_cell_with_an_optional_tolerance()
    {
        var flags = CellInfo.Parse("answer tolerance=0.01 timeout=5", out var problems);
        Assert.Empty(problems);
        Assert.True(flags.Answer);
        Assert.True(flags.Run);
        Assert.True(flags.Hide);
        Assert.Equal(0.01, flags.Tolerance);
        Assert.Equal(TimeSpan.FromSeconds(5), flags.Timeout);

        var plain = CellInfo.Parse("answer", out problems);
        Assert.Empty(problems);
        Assert.Null(plain.Tolerance);
    }

    [Theory]
    [InlineData("answer tolerance=abc", DiagnosticCodes.InvalidTolerance, "invalid tolerance 'abc'")]
    [InlineData("answer tolerance=-1", DiagnosticCodes.InvalidTolerance, "at least 0")]
    [InlineData("run tolerance=0.1", DiagnosticCodes.UnknownCellFlag, "only applies to answer cells")]
    [InlineData("answer throws", DiagnosticCodes.UnknownCellFlag, "cannot be a 'throws' cell")]
    public void Bad_answer_flags_are_errors(string arguments, string code, string message)
    {
        CellInfo.Parse(arguments, out var problems);
        var problem = Assert.Single(problems);
        Assert.Equal(code, problem.Code);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public async Task Answer_cells_belong_to_the_exercise_before_them_numbered_by_callout()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, """
            ## Exercises

            > [!EXERCISE]
            > **1.** Not checked.

            > [!EXERCISE]
            > **2.** Type $1 + 1$.

            ```csharp answer
            1 + 1
            ```

            <details><summary>Solution</summary>

            Two.

            </details>

            > [!NOTE]
            > A note between exercises does not end the next one.

            > [!EXERCISE]
            > **3.** Type the vector.

            Some words about what to type.

            ```csharp answer tolerance=0.5
            new[] { 1.0, 2.0 }
            ```
            """);
        var result = await course.LoadAsync();
        Assert.Empty(result.Course.Diagnostics);
        var lesson = Assert.Single(result.Course.Lessons);
        Assert.Equal([2, 3], lesson.Cells.Select(c => c.Exercise ?? 0));
        Assert.Equal(["01-a#2", "01-a#3"], ExerciseIds.Checked(lesson));
    }

    [Theory]
    [InlineData("```csharp answer\n1\n```\n", DiagnosticCodes.AnswerWithoutExercise, "there is none before it", 8)]
    [InlineData("> [!EXERCISE]\n> Q.\n\n## Next\n\n```csharp answer\n1\n```\n", DiagnosticCodes.AnswerWithoutExercise, "before a heading", 13)]
    [InlineData("> [!EXERCISE]\n> Q.\n\n<details><summary>Solution</summary>\n\nS.\n\n</details>\n\n```csharp answer\n1\n```\n", DiagnosticCodes.AnswerWithoutExercise, "before its hint or solution", 17)]
    [InlineData("> [!EXERCISE]\n> Q.\n\n```csharp answer\n1\n```\n\n```csharp answer\n2\n```\n", DiagnosticCodes.SecondAnswer, "exercise 1 already has an answer cell", 15)]
    [InlineData("> [!EXERCISE]\n> Q.\n>\n> ```csharp answer\n> 1\n> ```\n", DiagnosticCodes.AnswerWithoutExercise, "not inside a quote", 11)]
    // Front matter takes lines 1-7 of a fixture lesson: line numbers are the body's plus 7.
    public async Task A_misplaced_answer_cell_is_an_error_at_its_fence(string body, string code, string message, int line)
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, body);
        var problem = (await course.LoadAsync()).Course.Diagnostics.Single(code);
        Assert.Contains(message, problem.Message);
        Assert.Equal("input/01_A.md", problem.Location.File);
        Assert.Equal(line, problem.Location.Line);
        Assert.True(problem.IsError);
    }
}
