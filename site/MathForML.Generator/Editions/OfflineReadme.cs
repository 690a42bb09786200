namespace MathForML.Generator.Editions;

/// <summary>The <c>README.txt</c> at the top of the offline download: what to open, and what works without a network.</summary>
public static class OfflineReadme
{
    public static string Write(string title) =>
        $"""
        {title}: the offline edition
        {new string('=', title.Length + 21)}

        Open index.html, in this folder, in a web browser (double-click it). Everything works from
        this folder with no network connection: navigation, search, the rendered math and the
        interactive charts. Nothing is fetched from the internet.

        The pages link to each other with relative links, so keep the folder together; you can
        move or copy it anywhere.

        """.ReplaceLineEndings("\n");
}
