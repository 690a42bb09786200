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
    public void Crc32_gives_the_standard_check_value() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));

    [Fact]
    public void Entries_come_from_the_cache_when_their_content_is_unchanged_and_unused_ones_are_pruned()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mathforml-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var first = new ZipEntryCache(folder);
            Assert.Equal(OfflineArchive.Write(Files, "r"), OfflineArchive.Write(Files, "r", first));
            first.Prune();
            var cached = Directory.GetFiles(Path.Combine(folder, "zip"));
            Assert.Equal(Files.Length, cached.Length);

            // The next build takes the cached bytes as they are: swap in another page's entry and
            // the zip carries it.
            var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Files[3].Content)) + ".html";
            var page = Path.Combine(folder, "zip", key);
            Assert.True(File.Exists(page));
            var other = ZipEntryData.For("x.html", "<p>Z</p>"u8.ToArray());
            File.WriteAllBytes(page, [.. BitConverter.GetBytes(other.Crc), other.Deflated ? (byte)1 : (byte)0, .. other.Data]);
            using (var reused = Open(OfflineArchive.Write(Files, "r", new ZipEntryCache(folder))))
                Assert.Equal("<p>Z</p>", Read(reused.GetEntry("math-for-ml/01-a.html")!));

            var second = new ZipEntryCache(folder);
            OfflineArchive.Write([.. Files[..3], SiteFile.Text("01-a.html", "<p>B</p>")], "r", second);
            second.Prune();
            Assert.False(File.Exists(page));
            Assert.Equal(Files.Length, Directory.GetFiles(Path.Combine(folder, "zip")).Length);
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
