using AngleSharp.Html.Parser;
using MathForML.Generator.Model;
using MathForML.Generator.Rendering;

namespace MathForML.Tests.StaticExports;

public class DownloadsTests
{
    private static readonly SiteInfo Site = new("Course", "What it teaches.", null);

    private static readonly NavModel Nav = new([new NavPhase("Basics", [new NavLesson("Alpha", "01-alpha.html", 1, "beginner", "", 10)])], []);

    [Fact]
    public void The_home_page_lists_each_download_with_its_size()
    {
        var downloads = new DownloadLink[]
        {
            new("Print edition", "print.html", "All on one page."),
            new("PDF", "downloads/math-for-ml.pdf", "For reading offline.", 2_500_000),
        };
        var page = new HtmlParser().ParseDocument("<body>" + HomePage.RenderBody(Site, Nav, "", downloads) + "</body>");
        var section = page.QuerySelector("section.home-downloads")!;
        Assert.Equal("Take it with you", section.QuerySelector("h2")!.TextContent);
        Assert.Equal(["print.html", "downloads/math-for-ml.pdf"], section.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["(2.4 MB)"], section.QuerySelectorAll(".download-size").Select(s => s.TextContent));
    }

    [Fact]
    public void Without_downloads_there_is_no_section() =>
        Assert.Null(new HtmlParser().ParseDocument("<body>" + HomePage.RenderBody(Site, Nav, "") + "</body>").QuerySelector(".home-downloads"));

    [Theory]
    [InlineData(13, "13 B")]
    [InlineData(860_000, "840 KB")]
    [InlineData(7_329_842, "7.0 MB")]
    public void Sizes_for_people(long bytes, string expected) => Assert.Equal(expected, Downloads.Size(bytes));
}
