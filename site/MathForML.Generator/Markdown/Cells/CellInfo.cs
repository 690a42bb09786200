using System.Globalization;
using MathForML.Generator.Model;

namespace MathForML.Generator.Markdown.Cells;

/// <summary>
/// Reads the info string of a fenced code block. <c>csharp</c> alone is a display-only block;
/// <c>csharp run [hide] [throws] [timeout=N]</c> is an executed cell, and <c>csharp answer
/// [tolerance=X] [timeout=N]</c> an exercise's answer cell (executed and hidden). Unknown flags are
/// errors so that a typo (<c>hid</c>) never silently shows setup code or skips a check.
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
        bool run = false, hide = false, throws = false, answer = false;
        double? tolerance = null;
        var toleranceAt = -1;
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
                case "answer": answer = true; break;
                default:
                    if (word.StartsWith("timeout=", StringComparison.Ordinal))
                    {
                        var value = word["timeout=".Length..];
                        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= 3600)
                            timeout = TimeSpan.FromSeconds(seconds);
                        else
                            problems.Add((at, DiagnosticCodes.InvalidTimeout, $"invalid timeout '{value}': give a number of seconds between 0 and 3600, e.g. timeout=60"));
                    }
                    else if (word.StartsWith("tolerance=", StringComparison.Ordinal))
                    {
                        var value = word["tolerance=".Length..];
                        toleranceAt = at;
                        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var allowed) && allowed >= 0 && double.IsFinite(allowed))
                            tolerance = allowed;
                        else
                            problems.Add((at, DiagnosticCodes.InvalidTolerance, $"invalid tolerance '{value}': give how far a typed entry may be from the expected one, a number of at least 0, e.g. tolerance=0.01"));
                    }
                    else
                    {
                        problems.Add((at, DiagnosticCodes.UnknownCellFlag, $"unknown cell flag '{word}': the flags are run, hide, throws, answer, timeout=SECONDS and tolerance=X"));
                    }
                    break;
            }
        }
        if (!run && !answer && (hide || throws || timeout != CellFlags.DefaultTimeout))
            problems.Add((0, DiagnosticCodes.UnknownCellFlag, "'hide', 'throws' and 'timeout=' only apply to executed cells: add 'run' (```csharp run …)"));
        if (answer && throws)
            problems.Add((0, DiagnosticCodes.UnknownCellFlag, "an answer cell cannot be a 'throws' cell: its value is the exercise's expected answer"));
        if (toleranceAt >= 0 && !answer)
            problems.Add((toleranceAt, DiagnosticCodes.UnknownCellFlag, "'tolerance=' only applies to answer cells (```csharp answer tolerance=0.01)"));
        // An answer cell runs in the lesson's session like any run cell; its code is never shown.
        return new CellFlags(run || answer, hide || answer, throws, timeout) { Answer = answer, Tolerance = answer ? tolerance : null };
    }
}
