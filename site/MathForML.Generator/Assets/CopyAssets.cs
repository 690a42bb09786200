using System.Text;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Assets;

/// <summary>
/// Puts the theme and the front-end packages (the math stylesheet and font, MiniSearch, plotly.js's builds) into
/// <c>assets/</c> under fingerprinted names, and copies files the lessons reference (images…)
/// from <c>input/</c>. Nothing is loaded from a CDN.
/// </summary>
public sealed class CopyAssets : IBuildStage
{
    public string Name => "Copy assets";

    public async Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        var problem = await FrontEndPackages.EnsureAsync(context.Tools, context.Log, cancellationToken);
        if (problem is not null)
            return course.WithDiagnostics([Diagnostic.Error(DiagnosticCodes.AssetsUnavailable, new SourceLocation("package.json", 1, 1), problem)]);

        var files = new List<SiteFile>();
        var theme = context.Tools.ThemeDirectory;
        var modules = context.Tools.NodeModules!;

        string Add(string sourcePath, string folder = "assets")
        {
            var content = File.ReadAllBytes(sourcePath);
            var path = $"{folder}/{Fingerprint.Name(Path.GetFileName(sourcePath), content)}";
            files.Add(new SiteFile(path, content));
            return path;
        }

        // The math font, cut to the course's formulas (rendered by the stage before this one), and the
        // stylesheet that names it: woff2 alone serves every current browser.
        string mathFont, mathCss;
        try
        {
            var font = await MathFont.SubsetAsync(MathFont.CharactersOf(course.Documents), context.Tools,
                context.Settings.CacheDirectory, context.Options.UseCache, cancellationToken);
            mathFont = $"assets/{Fingerprint.Name("math.woff2", font)}";
            files.Add(new SiteFile(mathFont, font));
            var css = Encoding.UTF8.GetBytes(MathFont.Stylesheet(
                File.ReadAllText(Path.Combine(modules, "temml", "dist", "Temml-STIX2.css")), Path.GetFileName(mathFont)));
            mathCss = $"assets/{Fingerprint.Name("math.css", css)}";
            files.Add(new SiteFile(mathCss, css));
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            return course.WithDiagnostics([Diagnostic.Error(DiagnosticCodes.AssetsUnavailable, new SourceLocation("package.json", 1, 1), e.Message)]);
        }

        var assets = new AssetUrls(
            SiteCss: Add(Path.Combine(theme, "site.css")),
            SiteJs: Add(Path.Combine(theme, "site.js")),
            SearchJs: Add(Path.Combine(theme, "search.js")),
            MiniSearchJs: Add(Path.Combine(modules, "minisearch", "dist", "umd", "index.js")),
            SearchIndexJs: "", // written by the search stage, which knows its content
            MathCss: mathCss,
            MathFont: mathFont,
            ChartsJs: Add(Path.Combine(theme, "charts.js")),
            PlotlyCartesianJs: Add(PlotlyBundle.Cartesian.PathIn(modules)),
            PlotlyFullJs: Add(PlotlyBundle.Full.PathIn(modules)));

        // Images and other files next to the lessons keep their relative paths.
        foreach (var path in Directory.EnumerateFiles(context.Settings.InputDirectory, "*", SearchOption.AllDirectories))
        {
            if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) continue;
            var relative = Path.GetRelativePath(context.Settings.InputDirectory, path).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.'))) continue;
            files.Add(new SiteFile(relative, File.ReadAllBytes(path)));
        }

        return course.WithFiles(files) with { Assets = assets };
    }
}
