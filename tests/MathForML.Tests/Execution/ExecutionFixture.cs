using MathForML.Execution.Contract;
using MathForML.Execution.Sessions;
using MathForML.Generator.CellExecution;
using MathForML.Generator.Model;
using MathForML.Tests.Markdown;

namespace MathForML.Tests.Execution;

/// <summary>Runs the cells of a lesson body with the real executor.</summary>
public static class Run
{
    private static readonly ScriptCellExecutor Executor = new();

    public static async Task<(Document Lesson, LessonExecution Execution)> Cells(string body)
    {
        var lesson = MarkdownSpecTests.Document("01_Test", "Test", 1, body);
        return (lesson, await Executor.ExecuteAsync(lesson.ToRequest(), CancellationToken.None));
    }

    public static string Cell(string flags, string code) => $"```csharp {flags}\n{code}\n```\n\n";
}
