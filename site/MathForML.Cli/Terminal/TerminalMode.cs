using Spectre.Console;

namespace MathForML.Cli.Terminal;

/// <summary>
/// Whether to draw live progress: only on an interactive terminal and never under CI, where a log
/// of plain lines reads better than redrawn bars.
/// </summary>
public static class TerminalMode
{
    public static bool IsCi => new[] { "CI", "GITHUB_ACTIONS", "TF_BUILD" }.Any(name =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value && !value.Equals("false", StringComparison.OrdinalIgnoreCase) && value != "0");

    public static bool Live => !IsCi && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
}
