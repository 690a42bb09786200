using System.Globalization;
using MathForML.Generator.Model;

namespace MathForML.Generator.Markdown.Cells;

/// <summary>
/// Reads the info string of a fenced code block. <c>csharp</c> alone is a display-only block;
/// <c>csharp run [hide] [throws] [timeout=N]</c> is an executed cell. Unknown flags are errors so
/// that a typo (<c>hid</c>) never silently shows setup code or skips a check.
/// </summary>
public static class CellInfo
{
    public static bool IsCSharp(string? info) =>
        info is not null && (info.Equals("csharp", StringComparison.OrdinalIgnoreCase)
            || info.Equals("cs", StringComparison.OrdinalIgnoreCase)
            || info.Equals("c#", StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses the words after <c>csharp</c>. Problems are reported with their offset in <paramref name="arguments"/>.</summary>
    public static CellFlags Parse(string? arguments, out List<(int Offset, string Code, string Message)> problems)
    {
        problems = [];
        bool run = false, hide = false, throws = false;
        var timeout = CellFlags.DefaultTimeout;
        var words = (arguments ?? "").Split(' ', '\t');
        var offset = 0;
        foreach (var word in words)
        {
            var at = offset;
            offset += word.Length + 1;
            if (word.Length == 0) continue;
            switch (word)
            {
                case "run": run = true; break;
                case "hide": hide = true; break;
                case "throws": throws = true; break;
                default:
                    if (word.StartsWith("timeout=", StringComparison.Ordinal))
                    {
                        var value = word["timeout=".Length..];
                        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= 3600)
                            timeout = TimeSpan.FromSeconds(seconds);
                        else
                            problems.Add((at, DiagnosticCodes.InvalidTimeout, $"invalid timeout '{value}': give a number of seconds between 0 and 3600, e.g. timeout=60"));
                    }
                    else
                    {
                        problems.Add((at, DiagnosticCodes.UnknownCellFlag, $"unknown cell flag '{word}': the flags are run, hide, throws and timeout=SECONDS"));
                    }
                    break;
            }
        }
        if (!run && (hide || throws || timeout != CellFlags.DefaultTimeout))
            problems.Add((0, DiagnosticCodes.UnknownCellFlag, "'hide', 'throws' and 'timeout=' only apply to executed cells: add 'run' (```csharp run …)"));
        return new CellFlags(run, hide, throws, timeout);
    }
}
