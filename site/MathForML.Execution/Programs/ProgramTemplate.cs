using System.Globalization;
using System.Text.RegularExpressions;

namespace MathForML.Execution.Programs;

/// <summary>
/// Program.cs with the lesson's title and the Markdown line of each cell left as placeholders. The
/// expensive part (compiling the cells to convert them) then depends on the cells' code alone, so
/// it is cached across prose edits that move cells down the page or retitle the lesson; filling
/// in the placeholders is cheap.
/// </summary>
public static partial class ProgramTemplate
{
    public const string Title = "⟪title⟫";

    /// <summary>The placeholder for a line of a run cell's code (0-based cell among the run cells, 0-based line in its code).</summary>
    public static string Line(int cell, int lineInCell) =>
        string.Create(CultureInfo.InvariantCulture, $"⟪line {cell}+{lineInCell}⟫");

    /// <summary>The program text for a lesson with this title whose run cells' code starts at these Markdown lines.</summary>
    public static string Render(string template, string title, IReadOnlyList<int> cellLines) =>
        Placeholder().Replace(template, match => match.Groups["cell"].Success
            ? (cellLines[int.Parse(match.Groups["cell"].Value, CultureInfo.InvariantCulture)]
               + int.Parse(match.Groups["offset"].Value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture)
            : title);

    [GeneratedRegex(@"⟪line (?<cell>\d+)\+(?<offset>\d+)⟫|⟪title⟫")]
    private static partial Regex Placeholder();
}
