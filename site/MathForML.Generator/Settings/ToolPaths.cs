namespace MathForML.Generator.Settings;

/// <summary>
/// Where the generator finds what it does not generate: its theme (copied next to its binaries) and
/// the front-end packages (the repository's <c>package.json</c> and <c>node_modules</c>).
/// </summary>
public sealed record ToolPaths(string ThemeDirectory, string? PackageRoot)
{
    public const string PackageName = "mathforml-assets";

    public string? NodeModules => PackageRoot is null ? null : Path.Combine(PackageRoot, "node_modules");

    /// <summary>Looks for the asset package above the course root, then above the generator's binaries.</summary>
    public static ToolPaths Locate(string courseRoot)
    {
        var theme = Path.Combine(AppContext.BaseDirectory, "theme");
        var packageRoot = FindPackageRoot(courseRoot) ?? FindPackageRoot(AppContext.BaseDirectory);
        return new ToolPaths(theme, packageRoot);
    }

    private static string? FindPackageRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var manifest = Path.Combine(dir.FullName, "package.json");
            if (File.Exists(manifest) && File.ReadAllText(manifest).Contains($"\"{PackageName}\"", StringComparison.Ordinal))
                return dir.FullName;
        }
        return null;
    }
}
