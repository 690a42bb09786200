using System.Globalization;
using MathForML.Generator.Model;

namespace MathForML.Generator.Reporting;

/// <summary>
/// A diagnostic as a GitHub Actions workflow command (<c>::error file=…,line=…,col=…,title=…::message</c>),
/// which GitHub shows on the pull request's changed lines. Values are escaped as the runner expects:
/// '%', CR and LF everywhere, and ':' and ',' inside properties.
/// </summary>
public static class GitHubAnnotation
{
    public static string Format(Diagnostic diagnostic)
    {
        var level = diagnostic.IsError ? "error" : "warning";
        var at = diagnostic.Location;
        var line = at.Line.ToString(CultureInfo.InvariantCulture);
        var column = at.Column.ToString(CultureInfo.InvariantCulture);
        return $"::{level} file={Property(at.File)},line={line},col={column},title={Property(diagnostic.Code)}::{Data(diagnostic.Message)}";
    }

    /// <summary>GitHub Actions sets <c>GITHUB_ACTIONS=true</c>; the contract is <c>CI=true</c>. Either turns annotations on.</summary>
    public static bool IsWanted(Func<string, string?> environment) =>
        IsTrue(environment("GITHUB_ACTIONS")) || IsTrue(environment("CI"));

    private static bool IsTrue(string? value) =>
        string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";

    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
