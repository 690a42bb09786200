using MathForML.Generator.Model;

namespace MathForML.Cli.Commands;

/// <summary>Prints diagnostics in MSBuild format, warnings first, each group in file and line order.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        var ordered = diagnostics
            .OrderBy(d => d.IsError)
            .ThenBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column);
        foreach (var diagnostic in ordered)
        {
            if (diagnostic.IsError) Console.Error.WriteLine(diagnostic);
            else Console.WriteLine(diagnostic);
        }
    }
}
