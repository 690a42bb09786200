namespace MathForML.Tests.Support;

/// <summary>A folder of a test's own under the temp folder, deleted when the test is done.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mathforml-tests", "tmp-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { } // a process the test started may still hold a file; the temp folder is the OS's to clean
    }
}
