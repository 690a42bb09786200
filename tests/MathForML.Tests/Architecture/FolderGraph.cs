using MathForML.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MathForML.Tests.Architecture;

/// <summary>
/// Which top-level folder of a project uses which other: the project's sources compiled with
/// Roslyn, every name in them bound to its symbol, and an edge from the folder of the file to the
/// folder of the symbol's declaration (by namespace: <c>MathForML.Generator.Charts.X</c> is in
/// <c>Charts</c>). Semantic, so a fully qualified name or an extension method counts as much as a
/// <c>using</c>, and an unused <c>using</c> does not.
/// </summary>
public sealed class FolderGraph
{
    private readonly Dictionary<string, Dictionary<string, List<string>>> _edges = new(StringComparer.Ordinal);

    /// <summary>For each pair of folders, an example of the use: <c>file(line): Name</c>.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, List<string>>> Edges => _edges;

    public IEnumerable<string> Folders => _edges.Keys.Concat(_edges.Values.SelectMany(v => v.Keys)).Distinct().Order(StringComparer.Ordinal);

    public bool Uses(string from, string to) => _edges.TryGetValue(from, out var targets) && targets.ContainsKey(to);

    /// <summary>Pairs of folders that use each other, each with an example use in each direction.</summary>
    public IEnumerable<string> TwoWayPairs() =>
        from a in _edges.Keys
        from b in _edges[a].Keys
        where string.CompareOrdinal(a, b) < 0 && Uses(b, a)
        select $"{a} <-> {b}: {_edges[a][b][0]} / {_edges[b][a][0]}";

    public static FolderGraph Of(string projectFolder, string rootNamespace)
    {
        var root = Path.Combine(RepositoryPaths.Root, projectFolder);
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar)[0].Equals("obj", StringComparison.Ordinal)
                     && !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar)[0].Equals("bin", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        // The implicit usings of an SDK project.
        var globalUsings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.IO; global using System.Linq; global using System.Collections.Generic; " +
            "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;", options);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, path: f)).Append(globalUsings).ToList();
        // Everything the test process can see: the project's references are among them, the project's own assembly is left out.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            .Where(p => !Path.GetFileNameWithoutExtension(p).Equals(rootNamespace, StringComparison.Ordinal))
            .GroupBy(Path.GetFileName).Select(g => g.First())
            .Select(p => MetadataReference.CreateFromFile(p))
            .ToList();
        var compilation = CSharpCompilation.Create(rootNamespace + ".Graph", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        // Source generators (regular expressions, JSON contexts) do not run here, so a few members are
        // missing; names elsewhere still bind. Many errors would mean the references are wrong.
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 40) throw new InvalidOperationException("the sources did not compile for the graph:\n" + string.Join("\n", errors.Take(10)));

        var graph = new FolderGraph();
        foreach (var tree in trees.Where(t => t != globalUsings))
        {
            var from = FolderOf(Path.GetRelativePath(root, tree.FilePath));
            if (from is null) continue;
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (name.Parent is QualifiedNameSyntax q && q.Right != name) continue; // N.M: the whole name is bound at M
                // A using or the namespace's own name is not a use; an unused using must not count.
                if (name.Ancestors().Any(a => a is UsingDirectiveSyntax || a is BaseNamespaceDeclarationSyntax n && n.Name.Span.Contains(name.Span))) continue;
                var symbol = model.GetSymbolInfo(name).Symbol;
                var ns = (symbol as INamespaceSymbol) ?? (symbol is IMethodSymbol { ReducedFrom: { } reduced } ? reduced.ContainingNamespace : symbol?.ContainingNamespace);
                if (ns is null || symbol is INamespaceSymbol) continue;
                var to = FolderOfNamespace(ns.ToDisplayString(), rootNamespace);
                if (to is null || to == from) continue;
                var line = name.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                var use = $"{Path.GetRelativePath(root, tree.FilePath)}({line}): {name.Identifier.Text}";
                if (!graph._edges.TryGetValue(from, out var targets)) graph._edges[from] = targets = new(StringComparer.Ordinal);
                if (!targets.TryGetValue(to, out var uses)) targets[to] = uses = [];
                uses.Add(use);
            }
        }
        return graph;
    }

    /// <summary>The top-level folder of a file, or null for files at the project's root.</summary>
    private static string? FolderOf(string relativePath)
    {
        var parts = relativePath.Split(Path.DirectorySeparatorChar);
        return parts.Length > 1 ? parts[0] : null;
    }

    private static string? FolderOfNamespace(string ns, string rootNamespace) =>
        ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal) ? ns[(rootNamespace.Length + 1)..].Split('.')[0] : null;
}
