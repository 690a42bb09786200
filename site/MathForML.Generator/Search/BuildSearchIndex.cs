using MathForML.Generator.Assets;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Search;

/// <summary>Indexes every section of every lesson and page into a fingerprinted search-index script.</summary>
public sealed class BuildSearchIndex : IBuildStage
{
    public string Name => "Build search index";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        var documents = course.Documents.SelectMany(SectionSplitter.Split).ToList();
        var content = System.Text.Encoding.UTF8.GetBytes(SearchIndexScript.Write(documents));
        var path = "assets/" + Fingerprint.Name("search-index.js", content);
        context.Log.Info($"Indexed {documents.Count} sections for search ({content.Length / 1024} KB)");
        var assets = course.Assets is null ? null : course.Assets with { SearchIndexJs = path };
        return Task.FromResult(course.WithFiles([new SiteFile(path, content)]) with { Assets = assets });
    }
}
