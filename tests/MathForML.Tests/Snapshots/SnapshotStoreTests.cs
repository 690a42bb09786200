using MathForML.Generator.Snapshots;

namespace MathForML.Tests.Snapshots;

public sealed class SnapshotStoreTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "mathforml-snapshots", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, true);
    }

    [Fact]
    public void First_run_writes_a_received_file_and_reports_missing()
    {
        var store = new SnapshotStore(_dir);
        var result = store.Compare("01_A", "one\n");
        Assert.Equal(SnapshotStatus.Missing, result.Status);
        Assert.Equal("one\n", File.ReadAllText(store.ReceivedPath("01_A")));
        Assert.Equal(["01_A"], store.Pending());
    }

    [Fact]
    public void Accept_promotes_received_and_then_it_matches()
    {
        var store = new SnapshotStore(_dir);
        store.Compare("01_A", "one\n");
        Assert.True(store.Accept("01_A")!.IsNew);
        Assert.False(File.Exists(store.ReceivedPath("01_A")));
        Assert.Equal(SnapshotStatus.Matched, store.Compare("01_A", "one\r\n").Status);
        Assert.Empty(store.Pending());
    }

    [Fact]
    public void A_change_gives_a_readable_diff_and_a_match_removes_the_stale_received_file()
    {
        var store = new SnapshotStore(_dir);
        store.WriteVerified("01_A", "## cell 1\n[value int]\n1\n## cell 2\n[text]\nsame\n");
        var changed = store.Compare("01_A", "## cell 1\n[value int]\n2\n## cell 2\n[text]\nsame\n");
        Assert.Equal(SnapshotStatus.Changed, changed.Status);
        Assert.Contains("- 1\n+ 2\n", changed.Diff);
        Assert.Contains("  [value int]\n", changed.Diff);
        Assert.True(File.Exists(store.ReceivedPath("01_A")));

        Assert.Equal(SnapshotStatus.Matched, store.Compare("01_A", "## cell 1\n[value int]\n1\n## cell 2\n[text]\nsame\n").Status);
        Assert.False(File.Exists(store.ReceivedPath("01_A")));
    }

    [Fact]
    public void Accepting_a_change_returns_its_diff_and_which_cells_changed()
    {
        var store = new SnapshotStore(_dir);
        store.WriteVerified("01_A", "# header\n\n## cell 1: var x = 1;\n[value int]\n1\n\n## cell 2: x\n[text]\nsame\n\n## cell 3: gone\n(no output)\n");
        store.Compare("01_A", "# header\n\n## cell 1: var x = 2;\n[value int]\n2\n\n## cell 2: x\n[text]\nsame\n\n## cell 4: new\n[text]\nhello\n");
        var accepted = store.Accept("01_A")!;
        Assert.False(accepted.IsNew);
        Assert.Contains("+ 2\n", accepted.Diff);
        Assert.Equal([1], accepted.Summary.Changed);
        Assert.Equal([4], accepted.Summary.Added);
        Assert.Equal([3], accepted.Summary.Removed);
        Assert.Equal("cell 1 changed, cell 4 added, cell 3 removed; 5 line(s) added, 4 removed", accepted.Summary.ToString());
    }

    [Fact]
    public void Accepting_nothing_returns_null() => Assert.Null(new SnapshotStore(_dir).Accept("01_A"));
}
