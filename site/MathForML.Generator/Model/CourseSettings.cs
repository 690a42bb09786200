namespace MathForML.Generator.Model;

/// <summary>
/// Where the course lives and what the site is called. Paths are absolute. Read from an optional
/// <c>mathforml.yml</c> at the course root; every setting has a default so a bare folder with
/// <c>input/</c> builds.
/// </summary>
public sealed record CourseSettings(
    string RootDirectory,
    string InputDirectory,
    string OutputDirectory,
    string SnapshotDirectory,
    string CacheDirectory,
    SiteInfo Site)
{
    public const string FileName = "mathforml.yml";

    public static readonly SiteInfo DefaultSite = new(
        "Mathematics for Machine Learning",
        "The mathematics behind machine learning, with every formula checked by running C#.",
        null,
        null,
        "Engineers who build machine-learning systems and write C#, who want to follow the equations in papers "
        + "and check what their libraries do. Secondary-school mathematics is enough to begin; the course builds the rest.");

    /// <summary>Turns an absolute path inside the course into the relative, forward-slash form diagnostics use.</summary>
    public string Relative(string fullPath) =>
        Path.GetRelativePath(RootDirectory, fullPath).Replace('\\', '/');
}
