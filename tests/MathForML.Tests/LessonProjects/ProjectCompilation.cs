using System.Collections.Immutable;
using System.Globalization;
using MathForML.Execution.Sessions;
using MathForML.Generator.LessonProjects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MathForML.Tests.LessonProjects;

/// <summary>
/// Compiles a lesson project's Program.cs in memory the way <c>dotnet build</c> does (C# 14, the
/// SDK's reference assemblies for net10.0, the project's global usings, nullable, NoWarn), against
/// the bundled sources the zip carries: a fast check that a conversion compiles, without the SDK.
/// </summary>
public static class ProjectCompilation
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.CSharp14);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    // The bundled sources are the same in every project: compiled once, shared as a reference.
    private static readonly Lazy<(MetadataReference Library, ImmutableArray<Diagnostic> Problems)> Bundled = new(() =>
    {
        var trees = BundledSources.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, Parse, f.Path)).Append(GlobalUsings());
        var library = CSharpCompilation.Create("Bundled", trees, References.Value, Options(OutputKind.DynamicallyLinkedLibrary));
        return (library.ToMetadataReference(), Problems(library));
    });

    private static readonly object Gate = new();

    // Plotly.NET and what it needs, beside the tests because MathForML.Execution references them:
    // a project whose cells use Plotly.NET gets its packages (PlotlyNetPackages), so it compiles against them.
    private static readonly Lazy<ImmutableArray<MetadataReference>> PlotlyNet = new(() =>
    [
        .. new[] { "Plotly.NET", "Plotly.NET.CSharp", "FSharp.Core", "DynamicObj", "Giraffe.ViewEngine" }
            .Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll"))
            .Where(File.Exists)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
    ]);

    /// <summary>Errors and warnings of the bundled sources, then of Program.cs (and Startup.cs).</summary>
    public static IReadOnlyList<string> Problems(string program, bool plotlyNet = false)
    {
        // One compilation at a time: concurrent ones sharing references have bound one assembly twice.
        lock (Gate)
        {
            var trees = new[]
            {
                CSharpSyntaxTree.ParseText(program, Parse, "Program.cs"),
                CSharpSyntaxTree.ParseText(ProjectFiles.Startup, Parse, "Runtime/Startup.cs"),
                GlobalUsings(),
            };
            var references = References.Value.Add(Bundled.Value.Library).AddRange(plotlyNet ? PlotlyNet.Value : []);
            var compilation = CSharpCompilation.Create("Lesson", trees, references, Options(OutputKind.ConsoleApplication));
            return [.. Bundled.Value.Problems.Concat(Problems(compilation)).Select(Describe)];
        }
    }

    private static ImmutableArray<Diagnostic> Problems(Compilation compilation) =>
        [.. compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed)];

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return string.Create(CultureInfo.InvariantCulture,
            $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}");
    }

    private static CSharpCompilationOptions Options(OutputKind kind) => new CSharpCompilationOptions(kind)
        .WithNullableContextOptions(NullableContextOptions.Enable)
        .WithWarningLevel(9999)
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            // The SDK's own NoWarn, then the project file's.
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
            ["CS0168"] = ReportDiagnostic.Suppress,
            ["CS0219"] = ReportDiagnostic.Suppress,
            ["CS8321"] = ReportDiagnostic.Suppress,
        });

    /// <summary>The project file's Using items, as the SDK turns them into global usings.</summary>
    private static SyntaxTree GlobalUsings() => CSharpSyntaxTree.ParseText(
        string.Concat(ScriptEnvironment.DefaultUsings.Select(u => $"global using {u};\n")) + $"global using static {ProjectFiles.DisplayClass};\n",
        Parse, "GlobalUsings.g.cs");

    /// <summary>The SDK's reference assemblies for the runtime the tests run on, or the runtime's own; and MathNet.</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var pack = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref", Path.GetFileName(runtime), "ref", ProjectFiles.TargetFramework);
        var framework = Directory.Exists(pack) ? pack : runtime;
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var path in Directory.EnumerateFiles(framework, "*.dll").Order(StringComparer.Ordinal))
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
                if (!reader.HasMetadata) continue; // native libraries live beside the runtime's assemblies
            }
            catch (BadImageFormatException)
            {
                continue;
            }
            references.Add(MetadataReference.CreateFromFile(path));
        }
        references.Add(MetadataReference.CreateFromFile(typeof(MathNet.Numerics.LinearAlgebra.Matrix<>).Assembly.Location));
        return references.ToImmutable();
    }
}
