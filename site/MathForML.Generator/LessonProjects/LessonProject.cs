using MathForML.Execution.Programs;
using MathForML.Generator.Model;

namespace MathForML.Generator.LessonProjects;

/// <summary>A lesson's cells as a console project: the folder name and every file in it, in a fixed order.</summary>
public sealed record LessonProject(string Folder, IReadOnlyList<ProjectFile> Files);

/// <summary>
/// Makes the "run it yourself" project of a lesson: Program.cs from its cells, the project file,
/// the README, the bundled examples library and runtime.
/// </summary>
public static class LessonProjectMaker
{
    /// <summary>Where a lesson's zip is in the site: <c>downloads/lessons/01-vectors-and-matrices.zip</c>.</summary>
    public static string ZipPath(Document lesson) => $"downloads/lessons/{lesson.Slug}.zip";

    public static IReadOnlyList<Cell> RunCells(Document lesson) => [.. lesson.RunCells];

    /// <summary>
    /// Converts the lesson's run cells into Program.cs. (That the result compiles with the SDK, and
    /// runs and prints what the snapshot holds, is what the tests check for every real lesson.)
    /// </summary>
    public static ConvertedProgram Convert(Document lesson, CancellationToken cancellationToken) =>
        ProgramConverter.Convert(lesson.SourcePath, [.. RunCells(lesson).Select(c => new ProgramCell(c.Code, c.Flags.Hide, c.Flags.Throws) { Answer = c.Flags.Answer, Tolerance = c.Flags.Tolerance })], cancellationToken);

    /// <summary>The project around a converted Program.cs, for the lesson as it is now (title, lines).</summary>
    public static LessonProject Assemble(Document lesson, string template, string courseTitle)
    {
        var folder = lesson.Name;
        var program = ProgramTemplate.Render(template, lesson.Front.Title, [.. RunCells(lesson).Select(c => c.CodeLocation.Line)]);
        return new LessonProject(folder,
        [
            new($"{folder}.csproj", ProjectFiles.Csproj(lesson)),
            new("Directory.Build.props", ProjectFiles.DirectoryBuildProps),
            new("Program.cs", program),
            new("README.md", ProjectFiles.Readme(lesson, courseTitle, folder)),
            .. BundledSources.Files,
            new("Runtime/Startup.cs", ProjectFiles.Startup),
        ]);
    }
}
