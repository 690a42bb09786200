
using MathForML.Generator.Settings;

namespace MathForML.Preview;

/// <summary>Where the preview finds the theme it watches, and the script it adds to pages.</summary>
public static class PreviewPaths
{
    /// <summary>The script served at <see cref="PreviewRequests.ScriptPath"/> (a file of the theme).</summary>
    public const string LiveReloadScript = "live-reload.js";

    /// <summary>
    /// The build's tools, but with the theme read from the repository's <c>site/theme/</c> when the
    /// course sits in a clone: that is the folder people edit, so theme edits show on save (the
    /// copy next to the binaries only changes when the generator is rebuilt).
    /// </summary>
    public static (ToolPaths Tools, bool SourceTheme) Tools(string courseRoot)
    {
        var tools = ToolPaths.Locate(courseRoot);
        var source = FindSourceTheme(courseRoot);
        return source is null ? (tools, false) : (tools with { ThemeDirectory = source }, true);
    }

    private static string? FindSourceTheme(string courseRoot)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(courseRoot)); dir is not null; dir = dir.Parent)
        {
            var theme = Path.Combine(dir.FullName, "site", "theme");
            if (File.Exists(Path.Combine(theme, "site.css")) && File.Exists(Path.Combine(theme, LiveReloadScript))) return theme;
        }
        return null;
    }
}
