using MathForML.Generator.Editions;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Stages;

/// <summary>
/// Packs every file of the site built so far into <c>downloads/math-for-ml.zip</c>: a download that
/// works unzipped from disk, because every page links relatively and loads only local assets.
/// Runs last, so the zip holds everything the site holds except itself.
/// </summary>
public sealed class PackOfflineEdition : IBuildStage
{
    public string Name => "Pack offline edition";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        if (!context.Options.WriteOutput || course.HasErrors || course.Files.IsEmpty) return Task.FromResult(course);
        var files = course.Files.Where(f => f.Path != OfflineArchive.Path).ToList();
        var readme = OfflineReadme.Write(course.Settings.Site.Title);

        var cache = context.Options.UseCache ? new ZipEntryCache(context.Settings.CacheDirectory) : ZipEntryCache.None();
        var zip = OfflineArchive.Write(files, readme, cache);
        cache.Prune();
        context.Log.Info($"Packed the offline edition: {files.Count} files, {zip.Length / 1024} KB");
        return Task.FromResult(course.WithFiles([new SiteFile(OfflineArchive.Path, zip)]));
    }
}
