namespace MathForML.Generator.Model;

public enum DiagnosticSeverity { Warning, Error }

/// <summary>
/// A problem in the course, reported in MSBuild format so editors and CI make it clickable:
/// <c>input/01_Vectors.md(12,5): error MFM020: unknown cell flag 'hid'</c>.
/// </summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, SourceLocation Location, string Message)
{
    public static Diagnostic Error(string code, SourceLocation location, string message) =>
        new(DiagnosticSeverity.Error, code, location, message);

    public static Diagnostic Warning(string code, SourceLocation location, string message) =>
        new(DiagnosticSeverity.Warning, code, location, message);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
