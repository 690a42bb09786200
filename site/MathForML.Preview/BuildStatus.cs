using MathForML.Generator.Model;

namespace MathForML.Preview;

/// <summary>Where the preview's build stands, as the page's overlay and indicator show it.</summary>
public enum BuildState { Building, Succeeded, Failed }

/// <summary>One diagnostic as the overlay lists it, with its MSBuild-format line for copying into an editor.</summary>
public sealed record OverlayDiagnostic(string Severity, string Code, string File, int Line, int Column, string Message, string Text)
{
    public static OverlayDiagnostic From(Diagnostic d) =>
        new(d.IsError ? "error" : "warning", d.Code, d.Location.File, d.Location.Line, d.Location.Column, d.Message, d.ToString());
}

/// <summary>
/// The payload of a <c>status</c> event. <paramref name="Server"/> identifies this server process,
/// so a page that reconnects to a restarted server reloads. <paramref name="Failure"/> is set when
/// the build itself stopped unexpectedly (not a problem in the course).
/// </summary>
public sealed record BuildStatus(string State, string Server, int Build, IReadOnlyList<OverlayDiagnostic> Errors, int Warnings, string? Failure)
{
    public static BuildStatus Create(BuildState state, string server, int build, IEnumerable<Diagnostic> diagnostics, string? failure = null)
    {
        var list = diagnostics.ToList();
        return new BuildStatus(state.ToString().ToLowerInvariant(), server, build,
            [.. list.Where(d => d.IsError).OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column).Select(OverlayDiagnostic.From)],
            list.Count(d => !d.IsError), failure);
    }
}
