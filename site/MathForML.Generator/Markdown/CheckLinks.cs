using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Markdown;

/// <summary>
/// Every relative link to a <c>.md</c> file must name a lesson or page of the course, and every
/// <c>#anchor</c> (to another file or the same one) a heading in it. Broken links are errors, so
/// a renamed section cannot silently break the course.
/// </summary>
public sealed class CheckLinks : IBuildStage
{
    public string Name => "Check links";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        var resolver = LinkResolver.For(course);
        var diagnostics = new List<Diagnostic>();
        foreach (var doc in course.Documents)
        {
            if (doc.Ast is null) continue;
            foreach (var link in doc.Ast.Descendants<LinkInline>())
            {
                if (link.IsImage || string.IsNullOrEmpty(link.Url)) continue;
                var at = doc.At(link.Line + 1, link.Column + 1);
                if (link.Url.StartsWith('#'))
                {
                    CheckAnchor(doc, link.Url[1..], at, diagnostics);
                    continue;
                }
                if (LinkResolver.Parse(link.Url) is not { } target) continue;
                var targetDoc = resolver.Find(target.Name);
                if (targetDoc is null)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingLinkTarget, at,
                        $"link to '{link.Url}': there is no {target.Name}.md in the course"));
                    continue;
                }
                CheckPath(doc, targetDoc, link.Url, at, diagnostics);
                if (target.Anchor is not null) CheckAnchor(targetDoc, target.Anchor, at, diagnostics);
            }
        }
        return Task.FromResult(course.WithDiagnostics(diagnostics));
    }

    /// <summary>
    /// The site finds a link's target by file name alone, but GitHub follows the path: a lesson links a
    /// project as <c>projects/Project_01_X.md</c>, a project a lesson as <c>../01_X.md</c>.
    /// </summary>
    private static void CheckPath(Document from, Document target, string url, SourceLocation at, List<Diagnostic> diagnostics)
    {
        var hash = url.IndexOf('#');
        var written = (hash < 0 ? url : url[..hash]).Replace('\\', '/');
        while (written.StartsWith("./", StringComparison.Ordinal)) written = written[2..];
        var expected = Path.GetRelativePath(Path.GetDirectoryName(from.FullPath)!, target.FullPath).Replace('\\', '/');
        if (string.Equals(Uri.UnescapeDataString(written), expected, StringComparison.Ordinal)) return;
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.LinkPathWrong, at,
            $"link to '{url}': {target.FileName} is at '{expected}' from {from.FileName}; write that path so the link works on GitHub too"));
    }

    private static void CheckAnchor(Document target, string anchor, SourceLocation at, List<Diagnostic> diagnostics)
    {
        var decoded = Uri.UnescapeDataString(anchor);
        if (target.Headings.Any(h => h.Anchor == decoded) || IsCellAnchor(target, decoded)) return;
        var nearest = target.Headings.OrderBy(h => Distance(h.Anchor, decoded)).FirstOrDefault();
        var hint = nearest is null ? "" : $" (did you mean #{nearest.Anchor}?)";
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingAnchor, at,
            $"link to '#{anchor}': {target.FileName} has no heading with that anchor{hint}"));
    }

    private static bool IsCellAnchor(Document target, string anchor) =>
        anchor.StartsWith("cell-", StringComparison.Ordinal)
        && int.TryParse(anchor.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture, out var n)
        && n >= 1 && n <= target.Cells.Length;

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = System.Math.Min(System.Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
