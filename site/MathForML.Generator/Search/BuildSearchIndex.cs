using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Search;

/// <summary>
/// Indexes every section of every lesson and page into the search-index script, <c>search-index.js</c>
/// at the site's root. Its name carries no content hash, unlike the assets': every page names it,
/// and the index changes with any edit of any lesson, so a hashed name changed all 31 pages (and
/// their 30 MB in the offline zip) on a one-sentence edit. Served with revalidation (netlify.toml).
/// </summary>
public sealed class BuildSearchIndex : IBuildStage
{
    public string Name => "Build search index";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        var documents = course.Documents.SelectMany(SectionSplitter.Split).ToList();
        var content = System.Text.Encoding.UTF8.GetBytes(SearchIndexScript.Write(documents));
        const string path = "search-index.js";
        context.Log.Info($"Indexed {documents.Count} sections for search ({content.Length / 1024} KB)");
        var assets = course.Assets is null ? null : course.Assets with { SearchIndexJs = path };
        return Task.FromResult(course.WithFiles([new SiteFile(path, content)]) with { Assets = assets });
    }
}
