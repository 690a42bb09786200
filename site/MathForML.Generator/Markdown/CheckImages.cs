using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;
using MathForML.Generator.Search;

namespace MathForML.Generator.Markdown;

/// <summary>
/// Every image a lesson shows, in Markdown (<c>![alt](path)</c>) or as an HTML <c>&lt;img&gt;</c>,
/// must be a file under <c>input/</c> (the build copies only those to the site, so anything else is
/// a broken image) and should say in its alt text what it shows, for readers who cannot see it.
/// Remote images cannot be checked offline and are left alone.
/// </summary>
public sealed partial class CheckImages : IBuildStage
{
    public string Name => "Check images";

    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ImgTag();

    [GeneratedRegex(@"\b(?<name>src|alt)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex ImgAttribute();

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var doc in course.Documents)
        {
            if (doc.Ast is null) continue;
            foreach (var image in Images(doc))
            {
                if (Problem(image.Source, context.Settings.InputDirectory) is { } problem)
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingImage, image.At, problem));
                if (image.Alt is null || image.Alt.Trim().Length == 0)
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImageWithoutAlt, image.At,
                        $"image '{image.Source}' has no alt text: say what it shows ({(image.IsHtml ? "alt=\"…\"" : "![what it shows](…)")}) for readers who cannot see it"));
            }
        }
        return Task.FromResult(course.WithDiagnostics(diagnostics));
    }

    private sealed record Image(string Source, string? Alt, SourceLocation At, bool IsHtml);

    private static IEnumerable<Image> Images(Document doc)
    {
        foreach (var link in doc.Ast!.Descendants<LinkInline>().Where(l => l.IsImage))
            yield return new Image(link.Url ?? "", PlainText.Of(link), doc.At(link.Line + 1, link.Column + 1), IsHtml: false);

        // Raw HTML: a block keeps its lines; an inline tag stands at its own position.
        foreach (var block in doc.Ast!.Descendants<HtmlBlock>())
        {
            var lines = block.Lines.Lines.Take(block.Lines.Count).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                var text = lines[i].Slice.ToString();
                foreach (Match tag in ImgTag().Matches(text))
                    yield return FromTag(tag.Value, doc.At(lines[i].Line + 1, lines[i].Column + tag.Index + 1));
            }
        }
        foreach (var inline in doc.Ast!.Descendants<HtmlInline>())
        {
            if (ImgTag().Match(inline.Tag ?? "") is { Success: true } tag)
                yield return FromTag(tag.Value, doc.At(inline.Line + 1, inline.Column + 1));
        }
    }

    private static Image FromTag(string tag, SourceLocation at)
    {
        string? src = null, alt = null;
        foreach (Match attribute in ImgAttribute().Matches(tag))
        {
            var value = System.Net.WebUtility.HtmlDecode(attribute.Groups["value"].Value);
            if (attribute.Groups["name"].Value.Equals("src", StringComparison.OrdinalIgnoreCase)) src ??= value;
            else alt ??= value;
        }
        return new Image(src ?? "", alt, at, IsHtml: true);
    }

    /// <summary>Why the image will not show on the site, or null when its file is there (or it is remote).</summary>
    private static string? Problem(string source, string inputDirectory)
    {
        if (source.Length == 0) return "image without a source: give its path, e.g. ![what it shows](images/figure.png)";
        if (source.Contains("://", StringComparison.Ordinal) || source.StartsWith("//", StringComparison.Ordinal)
            || source.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return null;
        var path = source.Split('#', '?')[0];
        try
        {
            path = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            // Keep the path as written; it will be reported missing if it is.
        }
        if (path.StartsWith('/'))
            return $"image '{source}' starts with '/': use a path relative to the lesson (e.g. images/figure.png), so it works on the site, from disk and on GitHub";
        var root = Path.GetFullPath(inputDirectory);
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return $"image '{source}' is outside input/: put it under input/ (e.g. input/images/) so the build copies it to the site";
        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        if (relative.Split('/').Any(part => part.StartsWith('.')))
            return $"image '{source}' is in a hidden folder or file, which the build does not copy to the site";
        return File.Exists(full) ? null : $"image '{source}' not found: there is no input/{relative}";
    }
}
