using MathForML.Generator.Rendering;

namespace MathForML.Tests.StaticExports;

public class PrintAnchorsTests
{
    private static readonly Dictionary<string, string> Lessons = new() { ["01-a.html"] = "01-a", ["02-b.html"] = "02-b" };

    private static string Rewrite(string html, string? siteUrl = null) => new PrintAnchors(Lessons, siteUrl).Rewrite(html, "01-a");

    [Theory]
    [InlineData("<h2 id=\"svd\">SVD</h2>", "<h2 id=\"01-a-svd\">SVD</h2>")]
    [InlineData("<a href=\"#svd\">x</a>", "<a href=\"#01-a-svd\">x</a>")]
    [InlineData("<a href=\"02-b.html#svd\">x</a>", "<a href=\"#02-b-svd\">x</a>")]
    [InlineData("<a href=\"02-b.html\">x</a>", "<a href=\"#02-b\">x</a>")]
    [InlineData("<a href=\"https://example.org/a.html#b\">x</a>", "<a href=\"https://example.org/a.html#b\">x</a>")]
    [InlineData("<a href=\"mailto:a@example.org\">x</a>", "<a href=\"mailto:a@example.org\">x</a>")]
    [InlineData("<a class=\"c\" href=\"resources.html\">x</a>", "<a class=\"c\">x</a>")]
    [InlineData("<section aria-labelledby=\"t u\">", "<section aria-labelledby=\"01-a-t 01-a-u\">")]
    [InlineData("<label for=\"q\">", "<label for=\"01-a-q\">")]
    [InlineData("<img src=\"images/a.svg\" alt=\"a\">", "<img src=\"images/a.svg\" alt=\"a\">")]
    public void Rewrites_ids_and_links(string html, string expected) => Assert.Equal(expected, Rewrite(html));

    [Fact]
    public void Links_to_other_pages_become_absolute_when_the_site_url_is_known() =>
        Assert.Equal("<a href=\"https://example.org/course/resources.html\">x</a>", Rewrite("<a href=\"resources.html\">x</a>", "https://example.org/course/"));

    [Fact]
    public void Text_and_code_that_look_like_attributes_are_left_alone()
    {
        var code = "<pre><code>var html = \"&lt;a id=\"x\" href=\"#y\"&gt;\"; // id=\"z\"</code></pre>";
        Assert.Equal(code, Rewrite(code));
    }

    [Fact]
    public void Opens_solutions_but_not_chart_data()
    {
        Assert.Equal("<details open><summary>Solution</summary>", Rewrite("<details><summary>Solution</summary>"));
        Assert.Equal("<details open class=\"x\">", Rewrite("<details class=\"x\">"));
        Assert.Equal("<details class=\"chart-data\">", Rewrite("<details class=\"chart-data\">"));
        Assert.Equal("<details open>", Rewrite("<details open>"));
    }
}
