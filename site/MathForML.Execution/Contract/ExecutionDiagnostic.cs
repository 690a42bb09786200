namespace MathForML.Execution.Contract;

/// <summary>
/// A problem a cell had, at its place in the Markdown file (<paramref name="File"/> as the request
/// named it, 1-based line and column). Plain data: it crosses from a worker as JSON, and the build
/// turns it into one of its diagnostics.
/// </summary>
public sealed record ExecutionDiagnostic(bool IsError, string Code, string File, int Line, int Column, string Message)
{
    public static ExecutionDiagnostic Error(string code, string file, int line, int column, string message) =>
        new(true, code, file, line, column, message);

    public static ExecutionDiagnostic Warning(string code, string file, int line, int column, string message) =>
        new(false, code, file, line, column, message);

    public override string ToString() => $"{File}({Line},{Column}): {(IsError ? "error" : "warning")} {Code}: {Message}";
}
