using MathForML.Generator.Model;
using YamlDotNet.RepresentationModel;

namespace MathForML.Generator.Settings;

/// <summary>
/// Reads <c>mathforml.yml</c> (all keys optional):
/// <code>
/// title: Mathematics for Machine Learning
/// description: …
/// repository: https://github.com/owner/repo   # "Edit this page" links
/// url: https://example.org/course/             # where the site is published: canonical links, sitemap.xml
/// audience: …                                  # "Who it is for" on the home page
/// input: input
/// output: output
/// snapshots: tests/snapshots
/// </code>
/// </summary>
public static class CourseSettingsLoader
{
    public static CourseSettings Load(string rootDirectory, string? outputOverride = null)
    {
        var root = Path.GetFullPath(rootDirectory);
        var values = ReadValues(Path.Combine(root, CourseSettings.FileName));
        string Dir(string key, string fallback) => Path.GetFullPath(Path.Combine(root, values.GetValueOrDefault(key, fallback)));

        var site = new SiteInfo(
            values.GetValueOrDefault("title", CourseSettings.DefaultSite.Title),
            values.GetValueOrDefault("description", CourseSettings.DefaultSite.Description),
            values.GetValueOrDefault("repository"),
            values.GetValueOrDefault("url"),
            values.GetValueOrDefault("audience", CourseSettings.DefaultSite.Audience!));

        return new CourseSettings(
            root,
            Dir("input", "input"),
            outputOverride is null ? Dir("output", "output") : Path.GetFullPath(outputOverride),
            Dir("snapshots", "tests/snapshots"),
            Dir("cache", ".cache"),
            site);
    }

    private static Dictionary<string, string> ReadValues(string path)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return values;
        var yaml = new YamlStream();
        try
        {
            using var reader = new StringReader(File.ReadAllText(path));
            yaml.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new SettingsException($"{CourseSettings.FileName}({e.Start.Line},{e.Start.Column}): error MFM003: {e.Message}");
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode map) return values;
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v })
                values[k] = v;
        }
        return values;
    }
}

/// <summary>A settings file the build cannot use; its message is already a diagnostic line.</summary>
public sealed class SettingsException(string message) : Exception(message);
