using System.Diagnostics;

namespace MathForML.Generator.Assets;

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

    /// <summary>
    /// Installs the front-end packages from the lockfile (<c>npm ci</c>) when they are missing, so a
    /// fresh clone builds with one command. Returns an error message, or null when the packages are there.
    /// </summary>
    public async Task<string?> EnsurePackagesAsync(Reporting.IBuildLog log, CancellationToken cancellationToken)
    {
        // Builds running side by side (tests) must not run two installs into one folder.
        await InstallGate.WaitAsync(cancellationToken);
        try
        {
            return await InstallAsync(log, cancellationToken);
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    /// <summary>
    /// npm records what it installed in node_modules/.package-lock.json; a lockfile newer than that
    /// record (after a pull that changed the packages) means the installed packages are stale.
    /// </summary>
    private bool LockfileChanged()
    {
        var lockfile = Path.Combine(PackageRoot!, "package-lock.json");
        var installed = Path.Combine(NodeModules!, ".package-lock.json");
        return File.Exists(lockfile) && (!File.Exists(installed) || File.GetLastWriteTimeUtc(lockfile) > File.GetLastWriteTimeUtc(installed));
    }

    private async Task<string?> InstallAsync(Reporting.IBuildLog log, CancellationToken cancellationToken)
    {
        if (PackageRoot is null) return $"no package.json named '{PackageName}' found above the course or the generator";
        if (Directory.Exists(Path.Combine(NodeModules!, "katex")) && Directory.Exists(Path.Combine(NodeModules!, "minisearch"))
            && Charts.PlotlyBundle.All.All(b => File.Exists(b.PathIn(NodeModules!))) && !LockfileChanged())
            return null;
        log.Info("Installing front-end packages (npm ci)…");
        // Everything in the lockfile, dev dependencies too: after the README's build command, its test
        // command runs the browser tests, which need axe-core. None of them downloads a browser.
        var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund")
        {
            WorkingDirectory = PackageRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0) return $"'npm ci' failed in {PackageRoot}: {(await stderr).Trim()}";
            await stdout;
            return null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "npm was not found: install Node.js (20 or later) to build the site";
        }
    }
}
