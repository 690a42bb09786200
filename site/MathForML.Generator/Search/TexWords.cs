using System.Text;

namespace MathForML.Generator.Search;

/// <summary>
/// Turns LaTeX into text a reader can scan in a search snippet or a summary, as close to the
/// rendered formula as plain text gets: <c>\sigma_1 \ge \sigma_2</c> becomes <c>σ₁ ≥ σ₂</c>,
/// <c>\mathbf{x}^\top \mathbf{y}</c> becomes <c>xᵀ y</c>, <c>10^{-8}</c> becomes <c>10⁻⁸</c> and
/// <c>\frac{1}{2}</c> becomes <c>1/2</c>. Formatting commands vanish and keep their argument; a
/// script Unicode cannot raise or lower stays as <c>_w</c> or <c>^(n+1)</c>. What the symbols
/// are called (sigma, gradient, transpose) is searched in a field of its own (<see cref="TexMeanings"/>).
/// </summary>
public static class TexWords
{
    /// <summary>Commands that only style or space their argument: the argument stays, the command goes.</summary>
    private static readonly HashSet<string> Formatting =
    [
        "mathbf", "mathcal", "mathrm", "mathit", "mathsf", "mathtt", "mathfrak", "boldsymbol", "bm",
        "operatorname", "text", "textbf", "textit", "textrm", "mbox", "left", "right", "big", "Big", "bigg", "Bigg",
        "bigl", "bigr", "Bigl", "Bigr", "displaystyle", "textstyle", "limits", "nolimits", "hat", "tilde", "bar", "vec",
        "overline", "underline", "underbrace", "overbrace", "widehat", "widetilde", "mathop",
    ];

    /// <summary>Greek letters by command name; their names are what <see cref="TexMeanings"/> indexes.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Greek = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ",
        ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π",
        ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["top"] = "ᵀ", ["intercal"] = "ᵀ", ["nabla"] = "∇", ["partial"] = "∂", ["sum"] = "∑", ["prod"] = "∏",
        ["int"] = "∫", ["iint"] = "∬", ["oint"] = "∮", ["infty"] = "∞", ["sqrt"] = "√", ["pm"] = "±", ["mp"] = "∓",
        ["cdot"] = "·", ["times"] = "×", ["div"] = "÷", ["otimes"] = "⊗", ["odot"] = "⊙", ["oplus"] = "⊕", ["circ"] = "∘",
        ["le"] = "≤", ["leq"] = "≤", ["ge"] = "≥", ["geq"] = "≥", ["ne"] = "≠", ["neq"] = "≠", ["approx"] = "≈",
        ["sim"] = "∼", ["simeq"] = "≃", ["equiv"] = "≡", ["propto"] = "∝", ["ll"] = "≪", ["gg"] = "≫",
        ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["Rightarrow"] = "⇒", ["implies"] = "⇒",
        ["Leftrightarrow"] = "⇔", ["iff"] = "⇔", ["mapsto"] = "↦",
        ["in"] = "∈", ["notin"] = "∉", ["subset"] = "⊂", ["subseteq"] = "⊆", ["supset"] = "⊃", ["cup"] = "∪", ["cap"] = "∩",
        ["forall"] = "∀", ["exists"] = "∃", ["emptyset"] = "∅", ["varnothing"] = "∅", ["perp"] = "⊥", ["ell"] = "ℓ",
        ["langle"] = "⟨", ["rangle"] = "⟩", ["lVert"] = "‖", ["rVert"] = "‖", ["Vert"] = "‖", ["lvert"] = "|", ["rvert"] = "|",
        ["vert"] = "|", ["mid"] = "|", ["lfloor"] = "⌊", ["rfloor"] = "⌋", ["lceil"] = "⌈", ["rceil"] = "⌉",
        ["quad"] = " ", ["qquad"] = " ", ["ldots"] = "…", ["cdots"] = "⋯", ["dots"] = "…", ["vdots"] = "⋮", ["ddots"] = "⋱", ["star"] = "⋆", ["ast"] = "∗",
    };

    /// <summary>Operators written right before their scripts or operand (<c>∑ᵢ</c>, <c>√2</c>, <c>∇f</c>).</summary>
    private static readonly HashSet<string> Prefixes = ["nabla", "partial", "sum", "prod", "int", "iint", "oint", "sqrt"];

    /// <summary>Blackboard letters (<c>\mathbb{R}</c>), the rest of <c>\mathbb</c> keeps its letter.</summary>
    private static readonly Dictionary<char, string> Blackboard = new()
    {
        ['R'] = "ℝ", ['N'] = "ℕ", ['Z'] = "ℤ", ['Q'] = "ℚ", ['C'] = "ℂ", ['E'] = "𝔼", ['P'] = "ℙ",
    };

    private const string SuperscriptFrom = "0123456789+-=()niTtkmxjdp";
    private const string SuperscriptTo = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵀᵗᵏᵐˣʲᵈᵖ";
    private const string SubscriptFrom = "0123456789+-=()aeoxijknmptrslhuv";
    private const string SubscriptTo = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓᵢⱼₖₙₘₚₜᵣₛₗₕᵤᵥ";

    /// <summary>
    /// Texts already made, by their TeX: the search index, the reading minutes and the summaries
    /// each read a lesson's formulas, and a preview server reads them on every rebuild. Cleared when
    /// it grows past what any course holds, so a long session cannot grow it without end.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Made = new(StringComparer.Ordinal);

    public static string ToText(string tex)
    {
        if (Made.TryGetValue(tex, out var made)) return made;
        if (Made.Count > 100_000) Made.Clear();
        return Made[tex] = Convert(tex);
    }

    private static string Convert(string tex)
    {
        var text = new StringBuilder(tex.Length);
        var at = 0;
        while (at < tex.Length) at = Append(tex, at, text);
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Writes the token at <paramref name="at"/> (a command with its arguments, a group, a script, a character) and returns where the next one starts.</summary>
    private static int Append(string tex, int at, StringBuilder text)
    {
        var c = tex[at];
        switch (c)
        {
            case '{':
            {
                var (inner, next) = Group(tex, at);
                text.Append(ToText(inner));
                return next;
            }
            case '}':
                return at + 1;
            case '^' or '_':
            {
                var (script, next) = ScriptArgument(tex, at + 1);
                AppendScript(text, script, superscript: c == '^');
                return next;
            }
            case '&' or '~':
                text.Append(' ');
                return at + 1;
            case '\\':
                return Command(tex, at, text);
            default:
                text.Append(c);
                return at + 1;
        }
    }

    private static int Command(string tex, int at, StringBuilder text)
    {
        var start = at + 1;
        var end = start;
        while (end < tex.Length && char.IsAsciiLetter(tex[end])) end++;
        if (end == start)
        {
            // \\ ends a matrix row; \| is the norm bar; \{ \} \% … are the characters; \, \; \! are spaces.
            var symbol = start < tex.Length ? tex[start] : ' ';
            if (symbol == '\\') TrimEnd(text);
            text.Append(symbol switch
            {
                '\\' => "; ",
                '|' => "‖",
                '{' or '}' or '%' or '$' or '#' or '&' or '_' => symbol.ToString(),
                _ => " ",
            });
            return Math.Min(tex.Length, start + 1);
        }
        var name = tex[start..end];
        switch (name)
        {
            case "frac" or "dfrac" or "tfrac":
            {
                var (numerator, afterNumerator) = Argument(tex, end);
                var (denominator, next) = Argument(tex, afterNumerator);
                text.Append(' ').Append(Operand(ToText(numerator))).Append('/').Append(Operand(ToText(denominator))).Append(' ');
                return next;
            }
            case "begin" or "end":
                return Argument(tex, end).Next; // environment names (pmatrix, cases) are not words of the formula
            case "mathbb":
            {
                var (letter, next) = Argument(tex, end);
                var trimmed = letter.Trim();
                text.Append(trimmed.Length == 1 && Blackboard.TryGetValue(trimmed[0], out var blackboard) ? blackboard : trimmed);
                return next;
            }
        }
        if (Greek.TryGetValue(name, out var greek)) text.Append(greek);
        else if (Symbols.TryGetValue(name, out var symbolText))
            // ᵀ sticks to what it transposes; ∑ ∫ ∇ √ ∂ to their limits and operand; the rest stand apart.
            text.Append(symbolText is "ᵀ" ? symbolText : Prefixes.Contains(name) ? $" {symbolText}" : $" {symbolText} ");
        else if (!Formatting.Contains(name)) text.Append(' ').Append(name).Append(' '); // \log, \max, \det: read as words
        return end;
    }

    /// <summary>A script, raised or lowered in Unicode when every character can be, else marked with ^ or _.</summary>
    private static void AppendScript(StringBuilder text, string script, bool superscript)
    {
        if (script.Length == 0) return;
        TrimEnd(text); // a script belongs to what it follows: ‖A‖₂, ⟨x, y⟩_K
        if (script == "ᵀ" && superscript) { text.Append('ᵀ'); return; }
        var (from, to) = superscript ? (SuperscriptFrom, SuperscriptTo) : (SubscriptFrom, SubscriptTo);
        var mapped = new StringBuilder(script.Length);
        foreach (var ch in script)
        {
            var index = from.IndexOf(ch);
            if (index < 0) { mapped = null; break; }
            mapped.Append(to[index]);
        }
        if (mapped is not null)
        {
            text.Append(mapped);
            return;
        }
        text.Append(superscript ? '^' : '_').Append(Operand(script));
        // A word after a lowered or raised word would run into it.
        text.Append(' ');
    }

    /// <summary>A script's argument: a group, a command with its own arguments, or one character, as text.</summary>
    private static (string Text, int Next) ScriptArgument(string tex, int at)
    {
        while (at < tex.Length && tex[at] == ' ') at++;
        if (at >= tex.Length) return ("", at);
        var part = new StringBuilder();
        var next = tex[at] == '\\' ? Command(tex, at, part) : Append(tex, at, part);
        return (string.Join("", part.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), next);
    }

    /// <summary>A command's argument: a <c>{…}</c> group (spaces allowed before it) or one character.</summary>
    private static (string Inner, int Next) Argument(string tex, int at)
    {
        while (at < tex.Length && tex[at] == ' ') at++;
        if (at >= tex.Length) return ("", at);
        if (tex[at] == '{') return Group(tex, at);
        if (tex[at] == '\\')
        {
            var end = at + 1;
            while (end < tex.Length && char.IsAsciiLetter(tex[end])) end++;
            return (tex[at..Math.Max(end, at + 2)], Math.Min(tex.Length, Math.Max(end, at + 2)));
        }
        return (tex[at].ToString(), at + 1);
    }

    /// <summary>The inside of the balanced group opening at <paramref name="at"/>, and where it ends.</summary>
    private static (string Inner, int Next) Group(string tex, int at)
    {
        var depth = 0;
        for (var i = at; i < tex.Length; i++)
        {
            if (tex[i] == '\\') { i++; continue; }
            if (tex[i] == '{') depth++;
            else if (tex[i] == '}' && --depth == 0) return (tex[(at + 1)..i], i + 1);
        }
        return (tex[(at + 1)..], tex.Length); // unbalanced: the math stage reports it; here the rest is the group
    }

    private static void TrimEnd(StringBuilder text)
    {
        while (text.Length > 0 && char.IsWhiteSpace(text[^1])) text.Length--;
    }

    /// <summary>A fraction's part or a script in parentheses when it is more than one symbol.</summary>
    private static string Operand(string text)
    {
        text = text.Trim();
        return text.Length <= 1 || text.All(char.IsLetterOrDigit) ? text : $"({text})";
    }
}
