using System.Globalization;

namespace MathForML.Cells.Formatting;

/// <summary>
/// The two ways numbers are written on the site, both culture-independent so that a build on any
/// machine produces the same pages and snapshots.
/// </summary>
public static class NumberFormat
{
    /// <summary>Shortest text that parses back to the same double ("R"): what a single value shows.</summary>
    public static string Format(double value) => Special(value) ?? value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>At most 6 significant digits ("G6"): what table cells show, so columns stay readable.</summary>
    public static string Compact(double value) => Special(value) ?? value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>
    /// Shortest round-trip text of a float, taken from the float itself so 0.1f shows as 0.1 rather than
    /// the 0.10000000149011612 its widening to double would give. Not an overload of <see cref="Format(double)"/>
    /// on purpose: an int argument would then bind to the float version.
    /// </summary>
    internal static string FormatSingle(float value) =>
        Special(value) ?? value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// The values the standard formats write unhelpfully: -0 (written "-0", a distinction readers of a
    /// lesson never need) and the infinities (written "Infinity"; the site uses the symbol).
    /// </summary>
    private static string? Special(double value) => value switch
    {
        0 => "0", // -0 == 0, so this catches both
        double.PositiveInfinity => "∞",
        double.NegativeInfinity => "-∞",
        _ when double.IsNaN(value) => "NaN",
        _ => null,
    };
}
