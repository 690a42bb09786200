using MathForML.Execution.Programs;
using MathForML.Generator.LessonProjects;
using MathForML.Generator.Model;
using MathForML.Tests.Markdown;

namespace MathForML.Tests.LessonProjects;

/// <summary>Converts a small lesson made of the given cells, as the build would.</summary>
public static class Convert
{
    /// <summary>A lesson whose body is these cells, each <c>(flags, code)</c>, e.g. <c>("run throws", "...")</c>.</summary>
    public static Document Lesson(params (string Flags, string Code)[] cells) =>
        MarkdownSpecTests.Document("01_Test", "Test Lesson", 1,
            "\nSome prose.\n\n" + string.Concat(cells.Select(c => $"```csharp {c.Flags}\n{c.Code}\n```\n\nMore prose.\n\n")));

    /// <summary>The lesson's Program.cs, with its line numbers and title filled in.</summary>
    public static string Program(params (string Flags, string Code)[] cells)
    {
        var lesson = Lesson(cells);
        var converted = LessonProjectMaker.Convert(lesson, CancellationToken.None);
        Assert.True(converted.Template is not null, converted.Problem);
        return ProgramTemplate.Render(converted.Template, lesson.Front.Title, [.. LessonProjectMaker.RunCells(lesson).Select(c => c.CodeLocation.Line)]);
    }

    /// <summary>The lesson's Program.cs, checked to compile without errors or warnings.</summary>
    public static string CompilingProgram(params (string Flags, string Code)[] cells)
    {
        var program = Program(cells);
        var problems = ProjectCompilation.Problems(program);
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n\n" + program);
        return program;
    }

    /// <summary>Why the lesson has no project, and at which run cell.</summary>
    public static ConvertedProgram Problem(params (string Flags, string Code)[] cells)
    {
        var converted = LessonProjectMaker.Convert(Lesson(cells), CancellationToken.None);
        Assert.Null(converted.Template);
        return converted;
    }
}
