using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text;
using MathForML.Cells.Outputs;

namespace MathForML.Generator.Execution.Cache;

/// <summary>
/// Identifies the code that runs and formats cells — the generator, the cells library, the examples
/// library and the packages they use — as part of every cell's cache key. Deterministic builds give
/// the same module version id for the same source, so the fingerprint changes exactly when that
/// code does. It is read either from the assemblies loaded here (in-process execution) or from the
/// files a worker process will load (which may be newer: the preview server rebuilds examples/).
/// </summary>
public static class EngineFingerprint
{
    /// <summary>The assemblies that make up the engine, by simple name.</summary>
    public static readonly IReadOnlyList<string> AssemblyNames =
    [
        "MathForML.Generator",
        "MathForML.Cells",
        "MathForML.Examples",
        "MathNet.Numerics",
        "Microsoft.CodeAnalysis.CSharp.Scripting",
        "Microsoft.CodeAnalysis",
    ];

    private static readonly Lazy<string> Loaded = new(() => Hash(AssemblyNames.Select(name =>
    {
        var assembly = name switch
        {
            "MathForML.Generator" => typeof(EngineFingerprint).Assembly,
            "MathForML.Cells" => typeof(CellOutput).Assembly,
            _ => Assembly.Load(name),
        };
        return (name, assembly.GetName().Version, assembly.ManifestModule.ModuleVersionId);
    })));

    /// <summary>The engine as loaded into this process.</summary>
    public static string OfLoadedAssemblies => Loaded.Value;

    /// <summary>The engine in a folder of assemblies (a worker's), read without loading them.</summary>
    public static string OfDirectory(string directory) => Hash(AssemblyNames.Select(name =>
    {
        using var stream = File.OpenRead(Path.Combine(directory, name + ".dll"));
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var version = metadata.GetAssemblyDefinition().Version;
        var mvid = metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        return (name, (Version?)version, mvid);
    }));

    private static string Hash(IEnumerable<(string Name, Version? Version, Guid Mvid)> assemblies)
    {
        var text = string.Join("\n", assemblies.Select(a => $"{a.Name} {a.Version} {a.Mvid}")) + "\n" + Environment.Version;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
