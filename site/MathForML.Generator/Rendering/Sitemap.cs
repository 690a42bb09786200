using System.Text;
using static System.Net.WebUtility;

namespace MathForML.Generator.Rendering;

/// <summary>
/// <c>sitemap.xml</c>: every content page under the site's published URL. The sitemap protocol
/// requires absolute URLs, so it is written only when <see cref="SiteInfo.BaseUrl"/> is set.
/// </summary>
public static class Sitemap
{
    public const string Path = "sitemap.xml";

    public static string Write(string baseUrl, IEnumerable<string> pageUrls)
    {
        var root = baseUrl.TrimEnd('/') + "/";
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var url in pageUrls)
        {
            var location = root + (string.Equals(url, "index.html", StringComparison.OrdinalIgnoreCase) ? "" : url);
            sb.Append("  <url><loc>").Append(HtmlEncode(location)).Append("</loc></url>\n");
        }
        return sb.Append("</urlset>\n").ToString();
    }
}
