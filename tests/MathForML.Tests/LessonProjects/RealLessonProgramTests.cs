using MathForML.Generator.LessonProjects;

namespace MathForML.Tests.LessonProjects;

/// <summary>
/// Every lesson and project of the course converts into a program that compiles as <c>dotnet build</c> would
/// compile it, without a warning. (The slow <see cref="DownloadedLessonRunTests"/> also runs them.)
/// </summary>
public class RealLessonProgramTests
{
    [Theory]
    [MemberData(nameof(RealLessons.Names), MemberType = typeof(RealLessons))]
    public void The_lesson_converts_into_a_program_that_compiles_cleanly(string name)
    {
        var lesson = RealLessons.WithRunCells.SingleOrDefault(l => l.Name == name);
        if (lesson is null) return; // a lesson without run cells has no project
        var converted = LessonProjectMaker.Convert(lesson, CancellationToken.None);
        Assert.True(converted.Template is not null, converted.Problem);
        var project = LessonProjectMaker.Assemble(lesson, converted.Template, "Course");
        var program = project.Files.Single(f => f.Path == "Program.cs").Text;
        var problems = ProjectCompilation.Problems(program, plotlyNet: PlotlyNetPackages.UsedBy(lesson));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.DoesNotContain("⟪", program); // every placeholder filled in
    }
}
