using System.Collections.Immutable;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using MathForML.Generator.Assets;
using MathForML.Generator.Markdown.Formulas;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.MathRendering;

/// <summary>
/// Renders every formula of the course to MathML with Temml at build time, so pages show math
/// without JavaScript. Each distinct formula is rendered once; invalid LaTeX is an error at each place it
/// appears.
/// </summary>
public sealed class RenderMath : IBuildStage
{
    public string Name => "Render math";

    public async Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        var occurrences = course.Documents.Select(doc => (Doc: doc, Math: Collect(doc).ToList())).ToList();
        var distinct = occurrences.SelectMany(o => o.Math.Select(m => m.Key)).Distinct().ToList();
        if (distinct.Count == 0) return course;

        var missing = await FrontEndPackages.EnsureAsync(context.Tools, context.Log, cancellationToken);
        var version = MathCache.RenderersVersion(context.Tools.NodeModules);
        var cache = MathCache.Load(context.Settings.CacheDirectory, version);
        // The MathML is Temml's (or KaTeX's) for the formula's TeX: their versions name it, unless unknown.
        var renderedBy = version == MathCache.UnknownVersion ? "" : "temml " + version;
        var rendered = new Dictionary<MathKey, (MathHtml? Html, string? Error)>();
        var toRender = new List<MathKey>();
        foreach (var key in distinct)
        {
            if (context.Options.UseCache && cache.TryGet(key, out var html)) rendered[key] = (html, null);
            else toRender.Add(key);
        }
        try
        {
            if (toRender.Count > 0)
            {
                if (missing is not null) throw new InvalidOperationException(missing);
                foreach (var (key, result) in await context.Service(c => new MathRenderer(c.Tools)).RenderAsync(toRender, cancellationToken))
                {
                    rendered[key] = (result.Html is null ? null : new MathHtml(result.Html), result.Error);
                    if (result.Html is not null) cache.Put(key, result.Html);
                }
                cache.Save();
            }
        }
        catch (InvalidOperationException e)
        {
            var first = occurrences.First(o => o.Math.Count > 0);
            return course.WithDiagnostics([Diagnostic.Error(DiagnosticCodes.MathEngineUnavailable, first.Math[0].At, "cannot render math: " + e.Message)]);
        }

        var diagnostics = new List<Diagnostic>();
        var updated = new List<Document>();
        foreach (var (doc, math) in occurrences)
        {
            var html = new Dictionary<MathKey, MathHtml>();
            foreach (var (key, at) in math)
            {
                var result = rendered[key];
                if (result.Html is not null) html[key] = result.Html;
                else diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidLatex, at, $"invalid LaTeX in ${key.Tex}$: {result.Error}"));
                // Temml reads a tab as a space, so "\times" whose "\t" a script turned into a tab
                // renders as "imes" without an error: the tab is the only trace.
                if (key.Tex.Contains('\t', StringComparison.Ordinal))
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.TabInMath, at,
                        $"a tab character in ${key.Tex.Replace("\t", "→", StringComparison.Ordinal)}$ (shown as →): was it a backslash command such as \\times or \\theta whose '\\t' became a tab? Use spaces in math"));
            }
            updated.Add(doc with { MathHtml = new MathHtmlMap(html), MathRenderedBy = renderedBy });
        }
        context.Log.Info($"Rendered {distinct.Count} distinct formulas ({toRender.Count} with Temml, {distinct.Count - toRender.Count} from the cache)");
        return course.WithDocuments(updated).WithDiagnostics(diagnostics);
    }

    /// <summary>Every formula of a document, in its body and in its objectives, with where it stands.</summary>
    public static IEnumerable<(MathKey Key, SourceLocation At)> Collect(Document doc)
    {
        if (doc.Ast is not null)
        {
            foreach (var node in doc.Ast.Descendants())
            {
                if (node is MathBlock block) yield return (MathSource.Of(block), doc.At(block.Line + 1, block.Column + 1));
                else if (node is MathInline inline) yield return (MathSource.Of(inline), doc.At(inline.Line + 1, inline.Column + 1));
            }
        }
        var objectivesAt = doc.FrontMatterLocations.GetValueOrDefault("objectives", doc.At(1));
        for (var i = 0; i < doc.ObjectiveDocs.Length; i++)
        {
            var at = doc.FrontMatterLocations.GetValueOrDefault($"objectives[{i}]", objectivesAt);
            foreach (var inline in doc.ObjectiveDocs[i].Descendants<MathInline>())
                yield return (MathSource.Of(inline), at);
        }
    }
}
