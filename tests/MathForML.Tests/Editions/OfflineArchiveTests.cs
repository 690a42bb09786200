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

    /// <summary>A page like the print edition: many different lines, megabytes long, deterministic.</summary>
    private static string LargePage(int lines, int changedLine = -1)
    {
        var text = new System.Text.StringBuilder();
        var random = new Random(7);
        for (var i = 0; i < lines; i++)
        {
            text.Append("<p id=\"p").Append(i).Append("\">");
            for (var w = 0; w < 12; w++) text.Append(' ').Append((char)('a' + random.Next(26))).Append(random.Next(1000));
            if (i == changedLine) text.Append(" an edited sentence");
            text.Append("</p>\n");
        }
        return text.ToString();
    }

    [Fact]
    public void A_large_file_is_cut_where_its_content_says_so_an_edit_moves_no_cut_far_from_it()
    {
        var before = System.Text.Encoding.UTF8.GetBytes(LargePage(50_000));
        var after = System.Text.Encoding.UTF8.GetBytes(LargePage(50_000, changedLine: 25_000));
        var cuts = ContentChunks.Split(before);
        Assert.True(cuts.Count >= 4, $"{cuts.Count} pieces of {before.Length} bytes");
        Assert.Equal(0, cuts[0].Start);
        Assert.Equal(before.Length, cuts.Sum(c => c.Length));
        Assert.All(cuts.Zip(cuts.Skip(1)), pair => Assert.Equal(pair.First.Start + pair.First.Length, pair.Second.Start));
        Assert.All(cuts.SkipLast(1), c => Assert.InRange(c.Length, ContentChunks.MinSize, ContentChunks.MaxSize));
        Assert.Equal(cuts, ContentChunks.Split(before));

        // Pieces are compared by content: all but those around the edit are the same bytes.
        static HashSet<string> Pieces(byte[] content) => [.. ContentChunks.Split(content).Select(c => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content.AsSpan(c.Start, c.Length))))];
        var changed = Pieces(after).Except(Pieces(before)).Count();
        Assert.InRange(changed, 1, 2);
    }

    [Fact]
    public void A_large_file_deflated_in_pieces_unzips_to_its_bytes_and_an_edit_deflates_only_the_pieces_around_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mathforml-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var page = SiteFile.Text("print.html", LargePage(50_000));
            Assert.True(page.Content.Length >= ZipEntryCache.InPiecesFrom);
            foreach (var cache in new[] { ZipEntryCache.None(), new ZipEntryCache(folder) })
            {
                using var zip = Open(OfflineArchive.Write([.. Files, page], "r", cache));
                var entry = zip.GetEntry("math-for-ml/print.html")!;
                Assert.Equal(page.Content.Length, entry.Length);
                Assert.True(entry.CompressedLength < entry.Length / 2, $"{entry.CompressedLength} of {entry.Length}");
                Assert.Equal(System.Text.Encoding.UTF8.GetString(page.Content), Read(entry)); // the CRC is checked as it is read
            }
            var pieces = Directory.GetFiles(Path.Combine(folder, "zip"), "*.piece").ToHashSet();
            Assert.True(pieces.Count >= 4);

            var edited = SiteFile.Text("print.html", LargePage(50_000, changedLine: 25_000));
            var cache2 = new ZipEntryCache(folder);
            using (var zip = Open(OfflineArchive.Write([.. Files, edited], "r", cache2)))
                Assert.Equal(System.Text.Encoding.UTF8.GetString(edited.Content), Read(zip.GetEntry("math-for-ml/print.html")!));
            var added = Directory.GetFiles(Path.Combine(folder, "zip"), "*.piece").Except(pieces).Count();
            Assert.InRange(added, 1, 2);
            cache2.Prune();
            Assert.InRange(pieces.Count - Directory.GetFiles(Path.Combine(folder, "zip"), "*.piece").Count(pieces.Contains), 1, 2);
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
