using MathForML.Generator.Loading;
using MathForML.Generator.Markdown;
using MathForML.Generator.Model;
using MathForML.Generator.Settings;
using MathForML.Generator.Snapshots;
using MathForML.Tests.Support;

namespace MathForML.Tests.Checking;

public class DanglingSnapshotTests
{
    private static async Task<IReadOnlyList<Diagnostic>> Check(FixtureCourse course)
    {
        var result = await course.BuildAsync(new BuildOptions { WriteOutput = false, CompareSnapshots = false },
            [new LoadLessons(), new ParseMarkdown(), new FindDanglingSnapshots()]);
        return result.Course.Diagnostics;
    }

    [Fact]
    public async Task A_snapshot_of_a_lesson_that_is_gone_is_dangling()
    {
        using var course = new FixtureCourse()
            .WithLesson("01_A", 1, "```csharp run\n1\n```\n")
            .WithFile("tests/snapshots/01_A.verified.txt", "# ok\n")
            .WithFile("tests/snapshots/02_Renamed.verified.txt", "# old\n")
            .WithFile("tests/snapshots/03_Gone.received.txt", "# old\n");
        var diagnostics = await Check(course);
        Assert.Equal(["tests/snapshots/02_Renamed.verified.txt", "tests/snapshots/03_Gone.received.txt"],
            diagnostics.Where(d => d.Code == DiagnosticCodes.DanglingSnapshot).Select(d => d.Location.File));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.DanglingSnapshot, d.Code));
    }

    [Fact]
    public async Task A_snapshot_of_a_lesson_without_run_cells_is_unused()
    {
        using var course = new FixtureCourse()
            .WithLesson("01_A", 1, "```csharp\nshown only\n```\n")
            .WithFile("tests/snapshots/01_A.verified.txt", "# old\n");
        var problem = (await Check(course)).Single(DiagnosticCodes.UnusedSnapshot);
        Assert.Equal(new SourceLocation("tests/snapshots/01_A.verified.txt", 1, 1), problem.Location);
    }

    [Fact]
    public async Task A_lesson_whose_front_matter_fails_keeps_its_snapshot()
    {
        using var course = new FixtureCourse()
            .With("01_A.md", "---\ntitle: A\n---\n```csharp run\n1\n```\n")
            .WithFile("tests/snapshots/01_A.verified.txt", "# ok\n");
        var diagnostics = await Check(course);
        Assert.DoesNotContain(diagnostics, d => d.Code is DiagnosticCodes.DanglingSnapshot or DiagnosticCodes.UnusedSnapshot);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.RequiredKeyMissing);
    }
}
