namespace MathForML.Generator.Search;

/// <summary>
/// What the commands of a formula stand for, as words a reader would search for: <c>\nabla</c> means
/// "gradient", <c>\partial</c> "partial derivative", <c>\mathbb{E}</c> "expectation". The search
/// index keeps these words in a field of their own, so a section whose formulas use <c>\nabla</c>
/// is found by "gradient" while its snippet still shows the prose.
/// </summary>
public static class TexMeanings
{
    private static readonly Dictionary<string, string> Commands = new(StringComparer.Ordinal)
    {
        ["nabla"] = "nabla gradient",
        ["partial"] = "partial derivative",
        ["sum"] = "sum summation",
        ["prod"] = "product",
        ["int"] = "integral",
        ["iint"] = "integral",
        ["oint"] = "integral",
        ["lim"] = "limit",
        ["top"] = "transpose",
        ["intercal"] = "transpose",
        ["det"] = "determinant",
        ["log"] = "logarithm",
        ["ln"] = "natural logarithm",
        ["exp"] = "exponential",
        ["sqrt"] = "square root",
        ["infty"] = "infinity",
        ["otimes"] = "tensor product kronecker",
        ["odot"] = "hadamard elementwise product",
        ["cdot"] = "dot product",
        ["langle"] = "inner product",
        ["lVert"] = "norm",
        ["Vert"] = "norm",
        ["perp"] = "perpendicular orthogonal",
        ["circ"] = "composition",
        ["argmax"] = "argmax maximum",
        ["argmin"] = "argmin minimum",
        ["max"] = "maximum",
        ["min"] = "minimum",
        ["sup"] = "supremum",
        ["inf"] = "infimum",
        ["mid"] = "given conditional",
        ["sim"] = "distributed",
        ["propto"] = "proportional",
        ["approx"] = "approximately",
        ["forall"] = "for all",
        ["exists"] = "exists",
        ["in"] = "element",
        ["subseteq"] = "subset",
        ["cup"] = "union",
        ["cap"] = "intersection",
        ["le"] = "less",
        ["leq"] = "less",
        ["ge"] = "greater",
        ["geq"] = "greater",
    };

    /// <summary>Commands whose meaning is their argument: <c>\mathbb{E}</c>, <c>\operatorname{Var}</c>.</summary>
    private static readonly Dictionary<string, string> Arguments = new(StringComparer.Ordinal)
    {
        ["mathbb{E}"] = "expectation expected value",
        ["mathbb{P}"] = "probability",
        ["mathbb{R}"] = "real numbers",
        ["mathbb{N}"] = "natural numbers",
        ["mathbb{Z}"] = "integers",
        ["mathcal{N}"] = "normal gaussian distribution",
        ["operatorname{Var}"] = "variance",
        ["operatorname{Cov}"] = "covariance",
        ["operatorname{tr}"] = "trace",
        ["operatorname{trace}"] = "trace",
        ["operatorname{rank}"] = "rank",
        ["operatorname{diag}"] = "diagonal",
        ["operatorname{softmax}"] = "softmax",
        ["operatorname{argmax}"] = "argmax maximum",
        ["operatorname{argmin}"] = "argmin minimum",
        ["operatorname{KL}"] = "kullback leibler divergence",
        ["mathrm{KL}"] = "kullback leibler divergence",
        ["mathrm{d}"] = "differential",
        ["mathrm{E}"] = "expectation expected value",
        ["mathrm{Var}"] = "variance",
        ["mathrm{Cov}"] = "covariance",
    };

    /// <summary>The distinct meaning words of a formula's commands, in order of first use, space-separated.</summary>
    public static string Of(string tex)
    {
        var words = new List<string>();
        void Add(string meaning)
        {
            foreach (var word in meaning.Split(' '))
                if (!words.Contains(word)) words.Add(word);
        }

        for (var i = 0; i < tex.Length; i++)
        {
            if (tex[i] != '\\') continue;
            var start = i + 1;
            var end = start;
            while (end < tex.Length && char.IsAsciiLetter(tex[end])) end++;
            if (end == start)
            {
                if (start < tex.Length && tex[start] == '|') Add("norm"); // \| is the norm bar
                i = start;
                continue;
            }
            var name = tex[start..end];
            if (Commands.TryGetValue(name, out var meaning)) Add(meaning);
            else if (Argument(tex, end) is { } argument && Arguments.TryGetValue($"{name}{{{argument}}}", out var argMeaning)) Add(argMeaning);
            else if (TexWords.Greek.ContainsKey(name)) Add(name); // snippets show σ; a search for "sigma" still finds it
            i = end - 1;
        }
        return string.Join(' ', words);
    }

    /// <summary>The text of a <c>{…}</c> group right after a command (spaces allowed before it), or null.</summary>
    private static string? Argument(string tex, int at)
    {
        while (at < tex.Length && tex[at] == ' ') at++;
        if (at >= tex.Length || tex[at] != '{') return null;
        var close = tex.IndexOf('}', at + 1);
        return close < 0 ? null : tex[(at + 1)..close].Trim();
    }
}
