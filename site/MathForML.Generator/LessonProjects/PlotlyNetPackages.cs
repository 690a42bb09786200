using System.Diagnostics;
using MathForML.Generator.Model;

namespace MathForML.Generator.LessonProjects;

/// <summary>
/// The Plotly.NET packages of a lesson project whose cells use Plotly.NET, at the versions the cells
/// ran against. Only those lessons get them: the others would download FSharp.Core and Plotly.NET
/// (about 10 MB) on their first <c>dotnet run</c> for nothing.
/// </summary>
public static class PlotlyNetPackages
{
    /// <summary>True when a run cell names Plotly.NET (its <c>using</c> or a qualified name): nothing else can reach it.</summary>
    public static bool UsedBy(Document lesson) =>
        lesson.Cells.Any(cell => cell.Flags.Run && cell.Code.Contains("Plotly.NET", StringComparison.Ordinal));

    /// <summary>Package id and version; read from the files' version resources, so the generator does not load them.</summary>
    public static IReadOnlyList<(string Id, string Version)> References { get; } =
    [
        .. new[] { "Plotly.NET", "Plotly.NET.CSharp" }.Select(id => (id, VersionOf(id))),
    ];

    private static string VersionOf(string assemblyName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        var product = File.Exists(path) ? FileVersionInfo.GetVersionInfo(path).ProductVersion : null;
        return product?.Split('+')[0]
            ?? throw new FileNotFoundException($"{assemblyName}.dll should be beside the generator (MathForML.Execution references the package).", path);
    }
}
