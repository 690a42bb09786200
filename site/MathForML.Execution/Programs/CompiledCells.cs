using System.Reflection;
using MathForML.Cells.Capture;
using MathForML.Execution.Sessions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace MathForML.Execution.Programs;

/// <summary>
/// What converting reads of a run cell: its code and its flags. Plain data, so a cell worker, which
/// has no Markdown, can convert the lesson it has just run. An answer cell's final value is printed
/// as the exercise's expected answer (with the fence's tolerance), as its snapshot records it.
/// </summary>
public sealed record ProgramCell(string Code, bool Hide, bool Throws)
{
    public bool Answer { get; init; }

    public double? Tolerance { get; init; }
}

/// <summary>One run cell compiled as the build runs it: a script submission that continues the previous cells.</summary>
public sealed record CompiledCell(ProgramCell Cell, SyntaxTree Tree, SemanticModel Model, INamedTypeSymbol Submission)
{
    public CompilationUnitSyntax Root => (CompilationUnitSyntax)Tree.GetRoot();
}

/// <summary>
/// Compiles a lesson's run cells as the chain of script submissions the build executes (the same
/// imports, globals and libraries), without emitting or running anything: the semantic model says
/// which name means which declaration, which is what turning cells into one program needs.
/// </summary>
public static class CompiledCells
{
    // Scripting's own parse options: the newest C#, as the cells were compiled.
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    private static readonly CSharpCompilationOptions Options = new(OutputKind.DynamicallyLinkedLibrary, usings: ScriptEnvironment.DefaultUsings);

    // The cells' references and every assembly they depend on, found once. (Scripting resolves
    // missing ones again for each submission, which costs about 0.1 s a cell.)
    private static readonly Lazy<IReadOnlyList<string>> ReferencePaths = new(FindReferencePaths);

    /// <summary>The compiled cells, or the first syntax error and its run cell (a lesson that built has none).</summary>
    public static (IReadOnlyList<CompiledCell> Cells, string? Error, int? ErrorCell) Compile(IEnumerable<ProgramCell> runCells, CancellationToken cancellationToken)
    {
        // References of its own for each lesson: concurrent compilations sharing metadata references
        // have been seen to bind one assembly twice (a false CS1503), and lessons convert in parallel.
        var references = ReferencePaths.Value.Select(p => MetadataReference.CreateFromFile(p)).ToList();
        var compiled = new List<CompiledCell>();
        CSharpCompilation? previous = null;
        foreach (var cell in runCells)
        {
            var tree = CSharpSyntaxTree.ParseText(cell.Code, Parse, cancellationToken: cancellationToken);
            if (tree.GetDiagnostics(cancellationToken).FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
                return (compiled, $"the cell does not parse: {error.Id} {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}", compiled.Count);
            // Chained without CreateScriptCompilation's check that the previous submission has no
            // errors: that check binds every cell completely, which made converting four times
            // slower. The lesson built, so its cells compile; only the answers to a few questions
            // (which declaration does this name mean?) are needed.
            var compilation = CSharpCompilation.CreateScriptCompilation(
                $"Submission{compiled.Count}", tree, references, Options, null, typeof(object), typeof(CellGlobals));
            if (previous is not null)
                compilation = compilation.WithScriptCompilationInfo(compilation.ScriptCompilationInfo!.WithPreviousScriptCompilation(previous));
            compiled.Add(new CompiledCell(cell, tree, compilation.GetSemanticModel(tree), compilation.ScriptClass!));
            previous = compilation;
        }
        return (compiled, null, null);
    }

    private static IReadOnlyList<string> FindReferencePaths()
    {
        var paths = new SortedSet<string>(ScriptEnvironment.Options.MetadataReferences.OfType<PortableExecutableReference>()
            .Select(r => r.FilePath).OfType<string>(), StringComparer.Ordinal);
        var pending = new Queue<string>(paths);
        while (pending.TryDequeue(out var path))
        {
            foreach (var name in Dependencies(path))
            {
                if (paths.Add(name)) pending.Enqueue(name);
            }
        }
        return [.. paths];
    }

    /// <summary>The files of the assemblies one assembly references, as this process resolves them.</summary>
    private static IEnumerable<string> Dependencies(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var found = new List<string>();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var name = metadata.GetAssemblyReference(handle).GetAssemblyName();
            try
            {
                if (Assembly.Load(name) is { IsDynamic: false, Location.Length: > 0 } assembly) found.Add(assembly.Location);
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                // Not needed to bind the cells, or the compiler will say so.
            }
        }
        return found;
    }
}
