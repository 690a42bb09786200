using MathForML.Generator.Model;
using MathForML.Generator.Writing;

namespace MathForML.Tests.Writing;

public sealed class SiteFolderTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "mathforml-tests", "site-" + Guid.NewGuid().ToString("N"));

    private string Read(string path) => File.ReadAllText(Path.Combine(_output, path));

    [Fact]
    public void The_first_update_writes_every_file()
    {
        var changes = SiteFolder.Update(_output, [SiteFile.Text("index.html", "home"), SiteFile.Text("assets/site.1.css", "css")]);
        Assert.Equal(["assets/site.1.css", "index.html"], changes.Written);
        Assert.Empty(changes.Deleted);
        Assert.Equal("css", Read("assets/site.1.css"));
    }

    [Fact]
    public void Only_changed_files_are_written_and_stale_ones_deleted()
    {
        SiteFolder.Update(_output, [SiteFile.Text("index.html", "home"), SiteFile.Text("a.html", "a"), SiteFile.Text("assets/old.1.js", "old")]);
        var unchanged = Path.Combine(_output, "index.html");
        File.SetLastWriteTimeUtc(unchanged, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var changes = SiteFolder.Update(_output, [SiteFile.Text("index.html", "home"), SiteFile.Text("a.html", "A!"), SiteFile.Text("assets/new.2.js", "new")]);

        Assert.Equal(["a.html", "assets/new.2.js"], changes.Written);
        Assert.Equal(["assets/old.1.js"], changes.Deleted);
        Assert.Equal("A!", Read("a.html"));
        Assert.Equal(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(unchanged));
        Assert.False(File.Exists(Path.Combine(_output, "assets", "old.1.js")));
    }

    [Fact]
    public void Folders_left_empty_are_removed_and_no_temp_files_remain()
    {
        SiteFolder.Update(_output, [SiteFile.Text("index.html", "home"), SiteFile.Text("images/deep/x.svg", "<svg/>")]);
        var changes = SiteFolder.Update(_output, [SiteFile.Text("index.html", "home, edited")]);
        Assert.Equal(["images/deep/x.svg"], changes.Deleted);
        Assert.False(Directory.Exists(Path.Combine(_output, "images")));
        Assert.Equal(["index.html"], Directory.GetFiles(_output, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
    }

    [Fact]
    public void An_identical_build_changes_nothing()
    {
        SiteFile[] files = [SiteFile.Text("index.html", "home")];
        SiteFolder.Update(_output, files);
        Assert.True(SiteFolder.Update(_output, files).IsEmpty);
    }

    public void Dispose()
    {
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }
}
