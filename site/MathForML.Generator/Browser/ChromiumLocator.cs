namespace MathForML.Generator.Browser;

/// <summary>
/// Finds a chromium to drive. Never downloads one: an environment variable names it
/// (<c>MATHFORML_CHROMIUM</c>, as the browser tests read, or <c>CHROME_PATH</c>, as Lighthouse and the
/// bench scripts read), else Debian's and other distributions' usual places.
/// </summary>
public static class ChromiumLocator
{
    private static readonly string[] KnownPaths =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    /// <summary>The executable, or null when there is none; a configured path wins over the environment.</summary>
    public static string? Find(string? configured = null, Func<string, string?>? environment = null, Func<string, bool>? exists = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        exists ??= File.Exists;
        // A variable that is set names the browser to use: if it points at nothing, say so rather
        // than quietly using another one.
        foreach (var explicitPath in new[] { configured, environment("MATHFORML_CHROMIUM"), environment("CHROME_PATH") })
        {
            if (!string.IsNullOrWhiteSpace(explicitPath)) return exists(explicitPath) ? explicitPath : null;
        }
        return KnownPaths.FirstOrDefault(exists);
    }
}
