using System.Text;

namespace MathForML.Generator.Search;

/// <summary>
/// Turns LaTeX into text a reader can scan in a search snippet and a search can match:
/// <c>\mathbf{x}^\top \mathbf{y}</c> becomes <c>x^transpose y</c>. Formatting commands vanish,
/// other commands become their names as words (<c>\nabla</c> → <c>nabla</c>), so a search for a
/// symbol's name finds the formulas that use it.
/// </summary>
public static class TexWords
{
    private static readonly HashSet<string> Formatting =
    [
        "mathbf", "mathbb", "mathcal", "mathrm", "mathit", "mathsf", "mathtt", "mathfrak", "boldsymbol", "bm",
        "operatorname", "text", "textbf", "textit", "textrm", "mbox", "left", "right", "big", "Big", "bigg", "Bigg",
        "bigl", "bigr", "Bigl", "Bigr", "displaystyle", "textstyle", "quad", "qquad", "frac", "dfrac", "tfrac",
        "begin", "end", "hat", "tilde", "bar", "vec", "overline", "underbrace", "overbrace", "limits", "nolimits",
    ];

    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["top"] = "transpose",
        ["intercal"] = "transpose",
        ["cdot"] = "·",
        ["times"] = "×",
        ["le"] = "≤",
        ["leq"] = "≤",
        ["ge"] = "≥",
        ["geq"] = "≥",
        ["ne"] = "≠",
        ["neq"] = "≠",
        ["approx"] = "≈",
        ["to"] = "→",
        ["in"] = "∈",
        ["ldots"] = "…",
        ["cdots"] = "…",
        ["dots"] = "…",
    };

    public static string ToText(string tex)
    {
        var text = new StringBuilder(tex.Length);
        for (var i = 0; i < tex.Length; i++)
        {
            var c = tex[i];
            if (c == '\\')
            {
                var start = i + 1;
                var end = start;
                while (end < tex.Length && char.IsAsciiLetter(tex[end])) end++;
                if (end == start)
                {
                    // \, \; \! \\ \{ \}: spacing, line breaks and escaped braces.
                    if (start < tex.Length && tex[start] is '{' or '}' or '|' or '%' or '$' or '#' or '&' or '_') text.Append(tex[start]);
                    else text.Append(' ');
                    i = start < tex.Length ? start : i;
                    continue;
                }
                var name = tex[start..end];
                if (Renamed.TryGetValue(name, out var word)) text.Append(' ').Append(word).Append(' ');
                else if (!Formatting.Contains(name)) text.Append(' ').Append(name).Append(' ');
                i = end - 1;
                continue;
            }
            if (c is '{' or '}') continue;
            if (c is '&' or '~') { text.Append(' '); continue; }
            text.Append(c);
        }
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
