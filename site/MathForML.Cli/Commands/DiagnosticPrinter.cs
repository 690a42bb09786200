using MathForML.Generator.Model;

namespace MathForML.Cli.Commands;

/// <summary>Prints diagnostics in MSBuild format, warnings first, each group in file and line order.</summary>
public static class DiagnosticPrinter
{
    public static IEnumerable<Diagnostic> Ordered(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.IsError)
            .ThenBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column);

    public static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in Ordered(diagnostics))
        {
            if (diagnostic.IsError) Console.Error.WriteLine(diagnostic);
            else Console.WriteLine(diagnostic);
        }
    }
}
