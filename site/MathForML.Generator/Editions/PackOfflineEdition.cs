using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;
using MathForML.Generator.Rendering;

namespace MathForML.Generator.Editions;

/// <summary>
/// Packs the site into <c>downloads/math-for-ml.zip</c>: a download that works unzipped from disk,
/// because every page links relatively and loads only local assets. The PDF stays out (it is its
/// own download, and most of the zip's weight otherwise), so the zip's home page lists what the zip
/// holds; the site's home page then gets the zip, with its size, in its "Take it with you" list.
/// </summary>
public sealed class PackOfflineEdition : IBuildStage
{
    public string Name => "Pack offline edition";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        if (course.HasErrors || course.Assets is null) return Task.FromResult(course);
        var inZip = course.Files.Where(f => f.Path != OfflineArchive.Path && f.Path != Downloads.Pdf).ToList();
        var offlineHome = RenderPages.Home(course, Downloads.For(inZip));
        inZip = [.. inZip.Select(f => f.Path == RenderPages.HomeUrl ? offlineHome : f)];

        var cache = context.Options.UseCache ? new ZipEntryCache(context.Settings.CacheDirectory) : ZipEntryCache.None();
        var zip = OfflineArchive.Write(inZip, OfflineReadme.Write(course.Settings.Site.Title), cache);
        cache.Prune();
        context.Log.Info($"Packed the offline edition: {inZip.Count} files, {Downloads.Size(zip.Length)}");

        var siteHome = RenderPages.Home(course, Downloads.For(course.Files, zip.Length));
        return Task.FromResult(course with
        {
            Files = [.. course.Files.Select(f => f.Path == RenderPages.HomeUrl ? siteHome : f), new SiteFile(OfflineArchive.Path, zip)],
        });
    }
}
