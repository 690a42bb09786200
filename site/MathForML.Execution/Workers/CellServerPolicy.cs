namespace MathForML.Execution.Workers;

/// <summary>
/// Whether <c>build</c> keeps cell servers warm for the next build. Not in CI, where every build is
/// the first and last on its machine and a process left running could hold the job open (as
/// Gradle's and MSBuild's build servers are usually turned off there), and not when asked not to.
/// </summary>
public static class CellServerPolicy
{
    public static bool Enabled(bool noServerOption, Func<string, string?> environment) =>
        !noServerOption
        && !IsSet(environment("CI"))
        && !IsSet(environment("MATHFORML_NO_SERVER"));

    private static bool IsSet(string? value) =>
        !string.IsNullOrEmpty(value) && !value.Equals("false", StringComparison.OrdinalIgnoreCase) && value != "0";
}
