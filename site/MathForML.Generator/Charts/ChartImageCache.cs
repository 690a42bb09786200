using MathForML.Execution.Storage;
namespace MathForML.Generator.Charts;

/// <summary>
/// Chart images kept between builds in <c>.cache/charts/</c>: <c>KEY.svg</c> for a drawn chart and
/// <c>KEY.failed</c> (holding the reason) for one chromium could not draw, so a build whose charts
/// are all known starts no browser, and a chart that cannot be drawn is not retried on every build
/// (<c>--no-cache</c> retries it). Files are written to a temporary name and moved into place, so a
/// build stopped halfway never leaves half an image.
/// </summary>
public sealed class ChartImageCache(string cacheDirectory)
{
    private readonly string _folder = Path.Combine(cacheDirectory, "charts");

    /// <summary>True when no chart image has been kept yet: a first build, or one after the cache was cleared.</summary>
    public bool IsEmpty => !Directory.Exists(_folder) || !Directory.EnumerateFiles(_folder, "*.svg").Any();

    public bool TryGetSvg(string key, out byte[] svg)
    {
        var path = Path.Combine(_folder, key + ".svg");
        svg = File.Exists(path) ? File.ReadAllBytes(path) : [];
        return svg.Length > 0;
    }

    public string? Failure(string key)
    {
        var path = Path.Combine(_folder, key + ".failed");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public void PutSvg(string key, byte[] svg)
    {
        Write(key + ".svg", svg);
        File.Delete(Path.Combine(_folder, key + ".failed"));
    }

    public void PutFailure(string key, string reason) => Write(key + ".failed", System.Text.Encoding.UTF8.GetBytes(reason));

    private void Write(string name, byte[] content)
    {
        AtomicFile.WriteAllBytes(Path.Combine(_folder, name), content);
    }
}
