using MathForML.Execution.Sessions;
using MathForML.Generator.Commands;
using MathForML.Generator.Model;
using MathForML.Tests.Support;

namespace MathForML.Tests.Checking;

public class CourseCheckTests
{
    private const string Cell = "```csharp run\nConsole.WriteLine(6 * 7);\n```\n";

    [Fact]
    public async Task A_missing_snapshot_fails_the_check_and_leaves_a_received_file_for_accept()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, Cell);
        var result = await CourseCheck.RunAsync(course.Settings, executor: new ScriptCellExecutor());
        var problem = result.Course.Diagnostics.Single(DiagnosticCodes.SnapshotMissing);
        Assert.True(problem.IsError);
        Assert.Contains("42", File.ReadAllText(Path.Combine(course.Snapshots, "01_A.received.txt")));
        Assert.False(Directory.Exists(course.Output));
    }

    [Fact]
    public async Task Changed_outputs_fail_the_check_but_only_warn_in_a_build()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, Cell)
            .WithFile("tests/snapshots/01_A.verified.txt", "# Cell outputs of input/01_A.md\n\n## cell 1: Console.WriteLine(6 * 7);\n[text]\n41\n");
        var check = await CourseCheck.RunAsync(course.Settings, executor: new ScriptCellExecutor());
        var mismatch = check.Course.Diagnostics.Single(DiagnosticCodes.SnapshotMismatch);
        Assert.True(mismatch.IsError);
        // At the fence of the cell whose output changed, where a pull request annotation is useful.
        Assert.Equal(new SourceLocation("input/01_A.md", 8, 1), mismatch.Location);
        Assert.StartsWith("outputs of cell 1 differ from tests/snapshots/01_A.verified.txt", mismatch.Message);

        var build = await SiteBuilder.BuildAsync(course.Settings, new() { WriteOutput = false }, executor: new ScriptCellExecutor());
        Assert.False(build.Course.Diagnostics.Single(DiagnosticCodes.SnapshotMismatch).IsError);
    }

    [Fact]
    public async Task A_matching_course_checks_clean()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, Cell);
        await SiteBuilder.BuildAsync(course.Settings, new() { WriteOutput = false, AcceptSnapshots = true }, executor: new ScriptCellExecutor());
        var result = await CourseCheck.RunAsync(course.Settings, executor: new ScriptCellExecutor());
        Assert.True(result.Course.Diagnostics.IsEmpty, string.Join("\n", result.Course.Diagnostics));
    }
}
