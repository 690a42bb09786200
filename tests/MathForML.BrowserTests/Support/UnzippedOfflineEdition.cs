using System.IO.Compression;

namespace MathForML.BrowserTests.Support;

/// <summary>
/// The built site's offline download (downloads/math-for-ml.zip) unzipped into a folder of its own on
/// first use, as a reader would; deleted when the test is done.
/// </summary>
public sealed class UnzippedOfflineEdition(BuiltSite site) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mathforml-offline-" + Guid.NewGuid().ToString("N"));

    /// <summary>The unzipped site's own folder (<c>math-for-ml/</c>).</summary>
    public string Folder
    {
        get
        {
            if (!Directory.Exists(_folder)) ZipFile.ExtractToDirectory(Path.Combine(site.Output, "downloads", "math-for-ml.zip"), _folder);
            return Path.Combine(_folder, "math-for-ml");
        }
    }

    /// <summary>A page of the unzipped site as a <c>file://</c> URL.</summary>
    public string Url(string page) => new Uri(Path.Combine(Folder, page)).AbsoluteUri;

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
