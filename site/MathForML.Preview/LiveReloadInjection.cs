namespace MathForML.Preview;

/// <summary>
/// Adds the live-reload script to a page as the preview serves it. Only served responses get it:
/// the files in output/ stay exactly what <c>build</c> would publish.
/// </summary>
public static class LiveReloadInjection
{
    public static readonly string Tag = $"<script src=\"{PreviewRequests.ScriptPath}\" defer></script>";

    public static string Inject(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + "\n" + Tag + "\n" : html.Insert(end, Tag + "\n");
    }

    /// <summary>What a missing page shows: still a page that listens, so it shows errors and turns into the page once built.</summary>
    public static string NotFoundPage(string path) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not built (yet)</title>\n</head>\n<body>\n" +
        $"<p>There is no <code>{System.Net.WebUtility.HtmlEncode(path)}</code> in the built site (yet). This page reloads when a build writes it.</p>\n" +
        Tag + "\n</body>\n</html>\n";
}
