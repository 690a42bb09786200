namespace MathForML.Tests.Support;

/// <summary>Finds the repository (the folder holding MathForML.sln) from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MathForML.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("MathForML.sln not found above " + AppContext.BaseDirectory);
    }
}
