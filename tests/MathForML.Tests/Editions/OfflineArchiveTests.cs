using System.IO.Compression;
using MathForML.Generator.Editions;
using MathForML.Generator.Model;

namespace MathForML.Tests.Editions;

public sealed class OfflineArchiveTests
{
    private static readonly SiteFile[] Files =
    [
        SiteFile.Text("index.html", "<a href=\"01-a.html\">A</a>"),
        SiteFile.Text("assets/site.css", "body{}"),
        new SiteFile("assets/fonts/x.woff2", [1, 2, 3]),
        SiteFile.Text("01-a.html", "<p>A</p>"),
    ];

    [Fact]
    public void Every_file_sits_under_one_folder_with_a_readme_first()
    {
        using var zip = Open(OfflineArchive.Write(Files, "read me"));
        Assert.Equal(
            ["math-for-ml/README.txt", "math-for-ml/01-a.html", "math-for-ml/assets/fonts/x.woff2", "math-for-ml/assets/site.css", "math-for-ml/index.html"],
            zip.Entries.Select(e => e.FullName));
        Assert.Equal("<p>A</p>", Read(zip.GetEntry("math-for-ml/01-a.html")!));
        Assert.Equal("read me", Read(zip.GetEntry("math-for-ml/README.txt")!));
    }

    [Fact]
    public void The_same_site_gives_the_same_bytes_whatever_the_order_of_its_files()
    {
        var first = OfflineArchive.Write(Files, "r");
        var second = OfflineArchive.Write(Files.Reverse(), "r");
        Assert.Equal(first, second);
        Assert.NotEqual(first, OfflineArchive.Write(Files.Append(SiteFile.Text("b.html", "b")), "r"));
    }

    [Fact]
    public void Compressed_formats_are_stored_and_text_is_deflated()
    {
        var big = SiteFile.Text("big.html", new string('a', 50_000));
        using var zip = Open(OfflineArchive.Write([.. Files, big], "r"));
        var font = zip.GetEntry("math-for-ml/assets/fonts/x.woff2")!;
        Assert.Equal(font.Length, font.CompressedLength);
        var page = zip.GetEntry("math-for-ml/big.html")!;
        Assert.True(page.CompressedLength < page.Length / 10, $"{page.CompressedLength} of {page.Length}");
    }

    [Fact]
    public void The_cache_key_follows_content_and_paths_and_the_cache_keeps_only_the_newest_zip()
    {
        var key = ArchiveCache.Key(Files, "r");
        Assert.Equal(key, ArchiveCache.Key(Files.Reverse(), "r"));
        Assert.NotEqual(key, ArchiveCache.Key([.. Files[..3], SiteFile.Text("01-a.html", "<p>B</p>")], "r"));
        Assert.NotEqual(key, ArchiveCache.Key([.. Files[..3], SiteFile.Text("01-b.html", "<p>A</p>")], "r"));
        Assert.NotEqual(key, ArchiveCache.Key(Files, "other readme"));

        var folder = Path.Combine(Path.GetTempPath(), "mathforml-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var cache = new ArchiveCache(folder);
            Assert.Null(cache.TryGet(key));
            cache.Put(key, [1, 2]);
            Assert.Equal([1, 2], cache.TryGet(key));
            cache.Put("other", [3]);
            Assert.Null(cache.TryGet(key));
            Assert.Single(Directory.GetFiles(folder));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static ZipArchive Open(byte[] bytes) => new(new MemoryStream(bytes), ZipArchiveMode.Read);

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
