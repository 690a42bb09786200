using System.Diagnostics;
using System.Text.Json;
using MathForML.Generator.Model;
using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;

namespace MathForML.Generator.Assets;

/// <summary>The front-end packages (Temml and its font, MiniSearch, plotly.js) the site is built with, from the lockfile.</summary>
public static class FrontEndPackages
{
    /// <summary>An installed package's version from its package.json, or null when it is not installed: what caches of its output are keyed by.</summary>
    public static string? Version(string? nodeModules, string package)
    {
        var manifest = nodeModules is null ? null : Path.Combine(nodeModules, package, "package.json");
        if (manifest is null || !File.Exists(manifest)) return null;
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.TryGetProperty("version", out var v) ? v.GetString() : null;
    }

    /// <summary>
    /// Installs the front-end packages from the lockfile (<c>npm ci</c>) when they are missing, so a
    /// fresh clone builds with one command. Returns an error message, or null when the packages are there.
    /// </summary>
    public static async Task<string?> EnsureAsync(ToolPaths tools, IBuildLog log, CancellationToken cancellationToken)
    {
        // Builds running side by side (tests) must not run two installs into one folder.
        await InstallGate.WaitAsync(cancellationToken);
        try
        {
            return await InstallAsync(tools, log, cancellationToken);
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
    private static bool LockfileChanged(ToolPaths tools)
    {
        var lockfile = Path.Combine(tools.PackageRoot!, "package-lock.json");
        var installed = Path.Combine(tools.NodeModules!, ".package-lock.json");
        return File.Exists(lockfile) && (!File.Exists(installed) || File.GetLastWriteTimeUtc(lockfile) > File.GetLastWriteTimeUtc(installed));
    }

    private static async Task<string?> InstallAsync(ToolPaths tools, IBuildLog log, CancellationToken cancellationToken)
    {
        if (tools.PackageRoot is not { } packageRoot || tools.NodeModules is not { } nodeModules)
            return $"no package.json named '{ToolPaths.PackageName}' found above the course or the generator";
        if (Directory.Exists(Path.Combine(nodeModules, "temml")) && Directory.Exists(Path.Combine(nodeModules, "minisearch"))
            && PlotlyBundle.All.All(b => File.Exists(b.PathIn(nodeModules))) && !LockfileChanged(tools))
            return null;
        log.Info("Installing front-end packages (npm ci)…");
        // Everything in the lockfile, dev dependencies too: after the README's build command, its test
        // command runs the browser tests, which need axe-core. None of them downloads a browser.
        var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund")
        {
            WorkingDirectory = packageRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0) return $"'npm ci' failed in {packageRoot}: {(await stderr).Trim()}";
            await stdout;
            return null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "npm was not found: install Node.js (20 or later) to build the site";
        }
    }
}
