using MathForML.Tests.Support;

namespace MathForML.Tests.Commands;

public class AcceptCommandTests
{
    private static FixtureCourse WithPending() => new FixtureCourse()
        .WithLesson("01_A", 1, "Prose.\n")
        .WithFile("tests/snapshots/01_A.verified.txt", "# header\n\n## cell 1: x\n[value int]\n1\n")
        .WithFile("tests/snapshots/01_A.received.txt", "# header\n\n## cell 1: x\n[value int]\n2\n")
        .WithFile("tests/snapshots/02_B.received.txt", "# header\n\n## cell 1: y\n[text]\nnew\n");

    [Fact]
    public async Task Accept_promotes_every_pending_snapshot_and_says_what_changed()
    {
        using var course = WithPending();
        var run = await CliProcess.RunAsync(["accept", "--root", course.Root]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Accepted 01_A: cell 1 changed; 1 line(s) added, 1 removed.", run.Output);
        Assert.Contains("+ 2", run.OutputLines);
        Assert.Contains("Accepted 02_B: new snapshot of 1 cell(s).", run.Output);
        Assert.Equal("# header\n\n## cell 1: x\n[value int]\n2\n", File.ReadAllText(Path.Combine(course.Snapshots, "01_A.verified.txt")));
        Assert.Empty(Directory.GetFiles(course.Snapshots, "*.received.txt"));
    }

    [Fact]
    public async Task Accept_of_one_lesson_leaves_the_others_pending()
    {
        using var course = WithPending();
        var run = await CliProcess.RunAsync(["accept", "--root", course.Root, "input/01_A.md"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(course.Snapshots, "02_B.received.txt")));
        Assert.False(File.Exists(Path.Combine(course.Snapshots, "01_A.received.txt")));
    }

    [Fact]
    public async Task Naming_a_lesson_with_nothing_to_accept_is_exit_code_2()
    {
        using var course = WithPending();
        var run = await CliProcess.RunAsync(["accept", "--root", course.Root, "09_Nothing"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Nothing to accept for 09_Nothing.", run.Output);
    }
}
