using System.Text;
using MathForML.Generator.Editions;

namespace MathForML.Generator.LessonProjects;

/// <summary>
/// A lesson project as a zip with one folder at the top, so unzipping makes <c>01_Vectors_and_Matrices/</c>.
/// Entries keep the project's order and a fixed time: the same project always gives the same bytes.
/// Every project bundles the same examples library and most of the same files, so their deflated
/// bytes come from a <see cref="ZipEntryCache"/> (kept between builds when the build has a cache).
/// </summary>
public static class ProjectArchive
{
    public static byte[] Write(LessonProject project, ZipEntryCache? cache = null)
    {
        cache ??= ZipEntryCache.None();
        return ZipWriter.Write(project.Files.Select(file =>
            (project.Folder + "/" + file.Path, cache.Get(file.Path, Encoding.UTF8.GetBytes(file.Text)))).ToList());
    }
}
