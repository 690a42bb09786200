using System.Text;
using static System.Net.WebUtility;

namespace MathForML.Generator.Rendering;

/// <summary>The bodies of the pages that are not lessons: "not found" and the search results page.</summary>
public static class SpecialPages
{
    public const string NotFoundUrl = "404.html";
    public const string SearchUrl = "search.html";

    /// <summary>Says what happened, then offers the ways on: search, home, the first lesson.</summary>
    public static string NotFoundBody(NavModel nav)
    {
        var first = nav.Phases.SelectMany(p => p.Lessons).OrderBy(l => l.Order).FirstOrDefault();
        var sb = new StringBuilder();
        sb.Append("<div class=\"not-found\">\n<p class=\"not-found-code\" aria-hidden=\"true\">404</p>\n")
          .Append("<h1 class=\"page-title\">This page does not exist</h1>\n")
          .Append("<p>The link may be old, or the address mistyped. The search at the top of the page finds any lesson or section.</p>\n")
          .Append("<ul class=\"not-found-links\">\n<li><a href=\"index.html\">The course home page</a></li>\n");
        if (first is not null)
            sb.Append("<li><a href=\"").Append(HtmlEncode(first.Url)).Append("\">").Append(HtmlEncode(first.Title)).Append("</a></li>\n");
        sb.Append("</ul>\n</div>\n");
        return sb.ToString();
    }

    /// <summary>
    /// A form that reloads the page with <c>?q=</c>, and the list search.js fills with every result
    /// for the query in the URL (it reads <c>location.search</c>, which works from <c>file://</c> too).
    /// </summary>
    public static string SearchBody() =>
        """
        <h1 class="page-title">Search</h1>
        <form class="search-page-form" action="search.html" method="get">
        <label for="search-page-input">Search the course</label>
        <div class="search-page-row">
        <input id="search-page-input" name="q" type="search" autocomplete="off" spellcheck="false">
        <button class="button button-primary" type="submit">Search</button>
        </div>
        </form>
        <p id="search-page-status" class="search-page-status" role="status" aria-live="polite"></p>
        <ol id="search-page-results" class="search-page-results"></ol>
        <noscript><p>Search needs JavaScript. The <a href="index.html">home page</a> lists every lesson.</p></noscript>

        """;
}
