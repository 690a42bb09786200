using System.Globalization;
using MathForML.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MathForML.Generator.Loading;

/// <summary>
/// Reads and validates the YAML front matter of one file, keeping the position of every key so that
/// each problem points at its own line. Checks that need the whole course (duplicate order,
/// unknown prerequisites) happen in <see cref="Stages.LoadLessons"/>.
/// </summary>
public static class FrontMatterReader
{
    private static readonly HashSet<string> KnownKeys =
        ["title", "order", "phase", "level", "prerequisites", "objectives", "description"];

    /// <summary>The phase a project belongs to unless its front matter names one.</summary>
    public const string ProjectPhase = "Projects";

    public sealed record Result(FrontMatter? Front, IReadOnlyDictionary<string, SourceLocation> Locations, IReadOnlyList<Diagnostic> Diagnostics);

    public static Result Read(string markdown, string sourcePath, DocumentKind kind)
    {
        var diagnostics = new List<Diagnostic>();
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        SourceLocation At(int line, int column) => new(sourcePath, line, column);

        var lines = markdown.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != "---")
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterMissing, At(1, 1),
                "the file must start with YAML front matter between '---' lines (title, order, phase…)"));
            return new(null, locations, diagnostics);
        }
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd('\r') is "---" or "...");
        if (end < 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid, At(1, 1), "the front matter is not closed: add a '---' line after it"));
            return new(null, locations, diagnostics);
        }

        // YAML line 1 is file line 2.
        var yamlText = string.Join('\n', lines[1..end]);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid, At((int)e.Start.Line + 1, (int)e.Start.Column), "invalid YAML in front matter: " + FirstLine(e.Message)));
            return new(null, locations, diagnostics);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unterminated flow collections ("[a, b").
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid, At(2, 1), "invalid YAML in front matter: an unclosed [list] or {map}?"));
            return new(null, locations, diagnostics);
        }

        var map = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        if (map is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid, At(2, 1), "the front matter must be a list of 'key: value' lines"));
            return new(null, locations, diagnostics);
        }

        SourceLocation Loc(YamlNode node) => At((int)node.Start.Line + 1, (int)node.Start.Column);
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!KnownKeys.Contains(key))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownFrontMatterKey, Loc(keyNode),
                    $"unknown front matter key '{key}' (known keys: {string.Join(", ", KnownKeys)})"));
                continue;
            }
            values[key] = valueNode;
            locations[key] = Loc(valueNode);
        }

        string? Scalar(string key)
        {
            if (!values.TryGetValue(key, out var node)) return null;
            if (node is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)) return s.Value.Trim();
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid, Loc(node), $"'{key}' must be a single value"));
            return null;
        }

        List<string> List(string key)
        {
            if (!values.TryGetValue(key, out var node)) return [];
            if (node is YamlScalarNode { Value: "" or null }) return [];
            if (node is YamlSequenceNode seq)
            {
                var items = new List<string>();
                foreach (var item in seq)
                {
                    if (item is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
                    {
                        locations[$"{key}[{items.Count}]"] = Loc(item);
                        items.Add(v.Trim());
                    }
                    else diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid, Loc(item), $"each item of '{key}' must be text"));
                }
                return items;
            }
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid, Loc(node), $"'{key}' must be a list, e.g. {key}: [a, b] or one '- item' per line"));
            return [];
        }

        var title = Scalar("title");
        var orderText = Scalar("order");
        var phase = Scalar("phase");
        var level = Scalar("level");
        var description = Scalar("description");
        var prerequisites = List("prerequisites");
        var objectives = List("objectives");

        var required = kind switch
        {
            DocumentKind.Lesson => new[] { ("title", title), ("order", orderText), ("phase", phase) },
            DocumentKind.Project => [("title", title), ("order", orderText)],
            _ => [("title", title)],
        };
        foreach (var (key, value) in required)
        {
            if (value is null && !values.ContainsKey(key))
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.RequiredKeyMissing, At(1, 1), $"front matter is missing the required key '{key}'"));
        }

        // A project names the lessons it applies: they head its page, and their pages link back to it.
        if (kind == DocumentKind.Project && prerequisites.Count == 0)
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.RequiredKeyMissing, locations.GetValueOrDefault("prerequisites", At(1, 1)),
                "a project names the lessons it needs: add 'prerequisites: [NN_Lesson_Name, …]'"));

        var order = kind == DocumentKind.Page ? 1000 : 0;
        if (orderText is not null && !int.TryParse(orderText, NumberStyles.Integer, CultureInfo.InvariantCulture, out order))
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid, locations["order"], $"'order' must be a whole number, not '{orderText}'"));

        if (level is not null && !FrontMatter.Levels.Contains(level))
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownLevel, locations["level"], $"unknown level '{level}': use beginner, intermediate or advanced"));

        if (diagnostics.Any(d => d.IsError)) return new(null, locations, diagnostics);
        var front = new FrontMatter(title!, order, phase ?? (kind == DocumentKind.Project ? ProjectPhase : ""), level ?? "", prerequisites, objectives, description);
        return new(front, locations, diagnostics);
    }

    private static string FirstLine(string message)
    {
        var text = message.Split('\n')[0].Trim();
        return text.Length == 0 ? "syntax error" : text;
    }
}
