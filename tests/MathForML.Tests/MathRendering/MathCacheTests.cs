using MathForML.Generator.MathRendering;
using MathForML.Generator.Model;
using MathForML.Tests.Support;

namespace MathForML.Tests.MathRendering;

public class MathCacheTests
{
    [Fact]
    public void Saving_deletes_the_math_caches_of_other_versions_and_KaTeX_s_HTML_cache_and_nothing_else()
    {
        using var folder = new TempFolder();
        foreach (var name in new[] { "katex-0.19.1.bin", "temml-0.13.4-katex-0.19.1.bin", "chart-text-1.bin", "temml-notes.txt" })
            File.WriteAllText(Path.Combine(folder.Path, name), "old");
        var cache = MathCache.Load(folder.Path, "0.13.5-katex-0.19.1");
        cache.Put(new MathKey("x", Display: false), "<math><mi>x</mi></math>");
        cache.Save();

        Assert.Equal(["chart-text-1.bin", "temml-0.13.5-katex-0.19.1.bin", "temml-notes.txt"],
            Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Formulas_saved_are_read_back_by_the_next_build_keyed_by_tex_display_and_temml_version()
    {
        using var folder = new TempFolder();
        var cache = MathCache.Load(folder.Path, "0.19.1");
        cache.Put(new MathKey("x^2", Display: false), "<span class=\"katex\">x²</span>");
        cache.Put(new MathKey("x^2", Display: true), "<span class=\"katex-display\">x²</span>");
        cache.Put(new MathKey("\\frac{a}{b} \"é\" <&>", Display: false), "<span>a/b \"é\" &lt;&amp;&gt;</span>");
        cache.Save();

        var next = MathCache.Load(folder.Path, "0.19.1");
        Assert.True(next.TryGet(new MathKey("x^2", false), out var inline));
        Assert.Equal("<span class=\"katex\">x²</span>", inline.Text);
        Assert.True(next.TryGet(new MathKey("x^2", true), out var display));
        Assert.Equal("<span class=\"katex-display\">x²</span>", display.Text);
        Assert.True(next.TryGet(new MathKey("\\frac{a}{b} \"é\" <&>", false), out var escaped));
        Assert.Equal("<span>a/b \"é\" &lt;&amp;&gt;</span>", escaped.Text);
        Assert.False(next.TryGet(new MathKey("y", false), out _));

        Assert.False(MathCache.Load(folder.Path, "0.20.0").TryGet(new MathKey("x^2", false), out _));

        // Saved again with one more formula: the ones read (and never decoded) are written back as they were.
        next.Put(new MathKey("y", false), "<i>y</i>");
        next.Save();
        var third = MathCache.Load(folder.Path, "0.19.1");
        Assert.True(third.TryGet(new MathKey("\\frac{a}{b} \"é\" <&>", false), out var kept));
        Assert.Equal("<span>a/b \"é\" &lt;&amp;&gt;</span>", kept.Text);
        Assert.True(third.TryGet(new MathKey("y", false), out var added));
        Assert.Equal("<i>y</i>", added.Text);
    }

    [Fact]
    public void The_same_formulas_make_the_same_file()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();
        var first = MathCache.Load(one.Path, "v");
        first.Put(new MathKey("b", false), "B");
        first.Put(new MathKey("a", false), "A");
        first.Save();
        var second = MathCache.Load(two.Path, "v");
        second.Put(new MathKey("a", false), "A");
        second.Put(new MathKey("b", false), "B");
        second.Save();
        Assert.Equal(File.ReadAllBytes(Path.Combine(one.Path, "temml-v.bin")), File.ReadAllBytes(Path.Combine(two.Path, "temml-v.bin")));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3 })]
    public void A_damaged_or_foreign_file_is_an_empty_cache(byte[] content)
    {
        using var folder = new TempFolder();
        var cache = MathCache.Load(folder.Path, "v");
        cache.Put(new MathKey("a", false), "A");
        cache.Put(new MathKey("b", false), "B");
        cache.Save();
        var path = Path.Combine(folder.Path, "temml-v.bin");
        var truncated = File.ReadAllBytes(path)[..^3];
        foreach (var bytes in new[] { content, truncated })
        {
            File.WriteAllBytes(path, bytes);
            var damaged = MathCache.Load(folder.Path, "v");
            Assert.False(damaged.TryGet(new MathKey("a", false), out _));
            Assert.False(damaged.TryGet(new MathKey("b", false), out _));
        }
    }
}
