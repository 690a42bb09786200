using System.Text.Encodings.Web;
using System.Text.Json;

namespace MathForML.Generator.Search;

/// <summary>
/// The search index as a script that assigns a global, so it loads with a script tag and search
/// works from <c>file://</c>, where fetch is not allowed (mdBook does the same).
/// </summary>
public static class SearchIndexScript
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Keep the index readable and small, but never let text close the script element.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IReadOnlyList<SearchDocument> documents)
    {
        var json = JsonSerializer.Serialize(new { docs = documents }, Json).Replace("</", "<\\/", StringComparison.Ordinal);
        return "window.MathForMLSearchIndex = " + json + ";\n";
    }
}
