using System.IO.Compression;
using System.Text;

namespace MathForML.Generator.LessonProjects;

/// <summary>
/// A lesson project as a zip with one folder at the top, so unzipping makes <c>01_Vectors_and_Matrices/</c>.
/// Entries keep the project's order and a fixed time: the same project always gives the same bytes.
/// </summary>
public static class ProjectArchive
{
    // The earliest time a zip entry can hold; any fixed value would do.
    private static readonly DateTimeOffset Stamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(LessonProject project)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in project.Files)
            {
                var entry = zip.CreateEntry(project.Folder + "/" + file.Path, CompressionLevel.Optimal);
                entry.LastWriteTime = Stamp;
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(file.Text));
            }
        }
        return buffer.ToArray();
    }
}
