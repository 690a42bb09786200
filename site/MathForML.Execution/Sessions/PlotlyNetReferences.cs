using Microsoft.CodeAnalysis;

namespace MathForML.Execution.Sessions;

/// <summary>
/// Plotly.NET for cells that use it (<c>using Plotly.NET.CSharp;</c>): its assemblies as metadata
/// references, read from the files beside this program. By path, not by loaded assembly, so that
/// compiling a cell does not load them: FSharp.Core and Plotly.NET cost a cell about half a
/// second to load and JIT, which only lessons that use them should pay.
/// </summary>
/// <remarks>
/// No namespace of theirs is among the default usings: Plotly.NET.CSharp's <c>Chart</c> would
/// clash with the course's <c>Chart</c>. This project references both packages, so every folder
/// cells run from (the CLI's, the worker's, the tests') holds these files.
/// </remarks>
public static class PlotlyNetReferences
{
    /// <summary>What a cell's code names: the C# API, Plotly.NET's types, and the two libraries its public types derive from or take.</summary>
    public static readonly IReadOnlyList<string> AssemblyNames = ["Plotly.NET.CSharp", "Plotly.NET", "FSharp.Core", "DynamicObj"];

    /// <summary>The references whose files are present (a host without them just cannot compile Plotly.NET cells).</summary>
    public static IReadOnlyList<MetadataReference> Create() =>
    [
        .. AssemblyNames
            .Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll"))
            .Where(File.Exists)
            .Select(path => MetadataReference.CreateFromFile(path)),
    ];
}
