using MathForML.Execution.Sessions;
using MathForML.Generator.Commands;
using MathForML.Generator.Model;
using MathForML.Generator.Snapshots;
using MathForML.Tests.Support;

namespace MathForML.Tests.Snapshots;

public class SnapshotMemoTests
{
    private const string Cell = "```csharp run\nConsole.WriteLine(6 * 7);\n```\n";

    private static Task<BuildResult> Build(FixtureCourse course, bool accept = false) =>
        SiteBuilder.BuildAsync(course.Settings, new() { WriteOutput = false, AcceptSnapshots = accept }, executor: new ScriptCellExecutor());

    [Fact]
    public async Task A_build_whose_outputs_came_from_the_cache_still_finds_a_verified_snapshot_edited_since()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, Cell);
        await Build(course, accept: true);
        var clean = await Build(course);
        Assert.True(clean.Course.Diagnostics.IsEmpty, string.Join("\n", clean.Course.Diagnostics));
        Assert.Contains("01_A\t", File.ReadAllText(Path.Combine(course.Root, ".cache", "snapshot-texts.txt")));

        var verified = Path.Combine(course.Snapshots, "01_A.verified.txt");
        File.WriteAllText(verified, File.ReadAllText(verified).Replace("42", "41"));
        var edited = await Build(course);
        Assert.All(edited.Course.Documents.SelectMany(d => d.Results.Values), r => Assert.True(r.FromCache));
        Assert.StartsWith("outputs of cell 1 differ", edited.Course.Diagnostics.Single(DiagnosticCodes.SnapshotMismatch).Message);
        Assert.Contains("42", File.ReadAllText(Path.Combine(course.Snapshots, "01_A.received.txt")));

        // Put back, the snapshot matches again and the received file goes.
        File.WriteAllText(verified, File.ReadAllText(verified).Replace("41", "42"));
        var again = await Build(course);
        Assert.True(again.Course.Diagnostics.IsEmpty, string.Join("\n", again.Course.Diagnostics));
        Assert.False(File.Exists(Path.Combine(course.Snapshots, "01_A.received.txt")));
    }

    [Fact]
    public async Task Changed_outputs_are_compared_in_full_even_when_the_memo_knows_the_lesson()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, Cell);
        await Build(course, accept: true);
        await Build(course);
        course.WithLesson("01_A", 1, Cell.Replace("6 * 7", "6 * 8"));
        var changed = await Build(course);
        Assert.StartsWith("outputs of cell 1 differ", changed.Course.Diagnostics.Single(DiagnosticCodes.SnapshotMismatch).Message);
        Assert.Contains("48", File.ReadAllText(Path.Combine(course.Snapshots, "01_A.received.txt")));
    }

    [Fact]
    public void The_memo_knows_a_text_only_for_the_outputs_that_made_it_and_nothing_without_cache_keys()
    {
        using var folder = new TempFolder();
        var memo = SnapshotMemo.Load(folder.Path);
        memo.Record("01_A", "outputs-1", "hash-1");
        memo.Record("01_B", null, "hash-2");
        memo.Save();

        var next = SnapshotMemo.Load(folder.Path);
        Assert.Equal("hash-1", next.KnownTextHash("01_A", "outputs-1"));
        Assert.Null(next.KnownTextHash("01_A", "outputs-2"));
        Assert.Null(next.KnownTextHash("01_A", null));
        Assert.Null(next.KnownTextHash("01_B", null));
        Assert.Null(SnapshotMemo.None().KnownTextHash("01_A", "outputs-1"));
    }
}
