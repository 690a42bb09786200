using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text;
using MathForML.Execution.Sessions;

namespace MathForML.Execution.Cache;

/// <summary>
/// Identifies the code that runs and formats cells — this engine, the cells library, the examples
/// library and the packages they use — as part of every cell's cache key. The generator (pages,
/// math, search) is not part of it: an edit there leaves every cached cell and warm cell server valid.
/// Our own three assemblies are identified by their source (the list of files and content hashes
/// that Directory.Build.targets embeds), so a clone in another folder and a Debug or Release build of
/// the same source share the cache; packages by their module version id, which is fixed per version.
/// Read either from the assemblies loaded here (in-process execution) or from the files a worker
/// process will load (which may be newer: the preview server rebuilds examples/).
/// </summary>
public static class EngineFingerprint
{
    /// <summary>The name of the resource in which a project embeds its source list.</summary>
    public const string SourceResource = "MathForML.SourceFingerprint";

    /// <summary>The assemblies that make up the engine, by simple name.</summary>
    public static readonly IReadOnlyList<string> AssemblyNames =
    [
        "MathForML.Execution",
        "MathForML.Cells",
        "MathForML.Examples",
        "MathNet.Numerics",
        "Microsoft.CodeAnalysis.CSharp.Scripting",
        "Microsoft.CodeAnalysis",
        .. PlotlyNetReferences.AssemblyNames,
    ];

    private static readonly Lazy<string> Loaded = new(() => OfDirectory(Path.GetDirectoryName(typeof(EngineFingerprint).Assembly.Location)!));

    /// <summary>
    /// The engine this process runs cells with (in-process execution): the files beside this
    /// assembly, which is where the runtime loads them from. Read from the files rather than from
    /// loaded assemblies, so that naming Plotly.NET here does not load it into every build.
    /// </summary>
    public static string OfLoadedAssemblies => Loaded.Value;

    /// <summary>The engine in a folder of assemblies (a worker's), read without loading them.</summary>
    public static string OfDirectory(string directory) => Hash(AssemblyNames.Select(name =>
    {
        var path = Path.Combine(directory, name + ".dll");
        if (!File.Exists(path)) return $"{name} absent"; // Plotly.NET is optional for a host: its cells just cannot compile
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var version = metadata.GetAssemblyDefinition().Version;
        var mvid = metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        return Identity(name, EmbeddedSources(pe, metadata), version, mvid);
    }));

    /// <summary>
    /// One line per assembly: its sorted source list when it embeds one, else its version and module
    /// version id. Sorted, because the build lists files in the order the file system gave them.
    /// </summary>
    private static string Identity(string name, byte[]? sources, Version? version, Guid mvid)
    {
        if (sources is null) return $"{name} {version} {mvid}";
        var lines = Encoding.UTF8.GetString(sources)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines))));
        return $"{name} source {digest}";
    }

    /// <summary>The embedded source list of an assembly file, found in its managed resources without loading it.</summary>
    private static byte[]? EmbeddedSources(PEReader pe, MetadataReader metadata)
    {
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || !metadata.StringComparer.Equals(resource.Name, SourceResource)) continue;
            var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
            var reader = pe.GetSectionData(directory.RelativeVirtualAddress).GetReader();
            reader.Offset = checked((int)resource.Offset);
            var length = reader.ReadInt32();
            return reader.ReadBytes(length);
        }
        return null;
    }

    private static string Hash(IEnumerable<string> assemblies)
    {
        var text = string.Join("\n", assemblies) + "\n" + Environment.Version;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
