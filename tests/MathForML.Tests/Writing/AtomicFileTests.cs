using MathForML.Execution.Storage;

namespace MathForML.Tests.Writing;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mathforml-tests", "atomic-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Writes_into_a_folder_it_creates_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder, "a", "b", "entry.json");
        AtomicFile.WriteAllText(path, "{\"x\": \"é\"}");
        Assert.Equal("{\"x\": \"é\"}", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
        Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]); // no byte-order mark
    }

    [Fact]
    public void Replaces_the_old_content_whole()
    {
        var path = Path.Combine(_folder, "entry.bin");
        AtomicFile.WriteAllBytes(path, [1, 2, 3, 4, 5]);
        AtomicFile.WriteAllBytes(path, [9]);
        Assert.Equal([9], File.ReadAllBytes(path));
    }

    [Fact]
    public void A_failed_write_keeps_what_was_there_and_cleans_up()
    {
        // A folder where the file should go: the move fails after the temporary file was written.
        var path = Path.Combine(_folder, "taken");
        Directory.CreateDirectory(Path.Combine(path, "inside"));
        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(path, "new"));
        Assert.True(Directory.Exists(Path.Combine(path, "inside")));
        Assert.Equal([path], Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void Writers_of_the_same_file_at_once_each_leave_a_complete_file()
    {
        var path = Path.Combine(_folder, "shared.txt");
        var contents = Enumerable.Range(0, 8).Select(i => new string((char)('a' + i), 100_000)).ToArray();
        Parallel.ForEach(contents, content => AtomicFile.WriteAllText(path, content));
        Assert.Contains(File.ReadAllText(path), contents);
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
