namespace MathForML.Examples;

/// <summary>
/// Einstein summation over small index strings, written out as loops so that its meaning is plain:
/// <c>Einsum.Evaluate("ij,jk->ik", A, B)</c> is the matrix product. Every letter is an index; a letter
/// that appears in the output is kept, every other letter is summed over. A letter repeated within one
/// operand takes the diagonal (<c>"ii->"</c> is the trace). Without "->", the output is the letters that
/// appear exactly once, in alphabetical order (NumPy's implicit mode). Cost: the product of the lengths
/// of all distinct letters, so keep the tensors small.
/// </summary>
public static class Einsum
{
    /// <summary>Evaluates an einsum expression such as <c>"bij,bjk->bik"</c> over the operands.</summary>
    public static StridedTensor Evaluate(string spec, params StridedTensor[] operands)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(operands);
        var (inputs, output) = Parse(spec);
        if (inputs.Length != operands.Length)
            throw new ArgumentException($"\"{spec}\" names {inputs.Length} operands, {operands.Length} were given.", nameof(operands));

        var lengths = new Dictionary<char, int>();
        for (var t = 0; t < inputs.Length; t++)
        {
            if (inputs[t].Length != operands[t].Rank)
                throw new ArgumentException($"Operand {t} has rank {operands[t].Rank} but \"{inputs[t]}\" names {inputs[t].Length} indices.");
            for (var k = 0; k < inputs[t].Length; k++)
            {
                var letter = inputs[t][k];
                var n = operands[t].Shape[k];
                if (lengths.TryGetValue(letter, out var seen) && seen != n)
                    throw new ArgumentException($"Index '{letter}' has length {seen} in one place and {n} in another.");
                lengths[letter] = n;
            }
        }
        foreach (var letter in output)
            if (!lengths.ContainsKey(letter))
                throw new ArgumentException($"Output index '{letter}' appears in no operand.", nameof(spec));

        var letters = output.Concat(lengths.Keys.Where(c => !output.Contains(c))).ToArray();
        var slot = letters.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var allShape = letters.Select(c => lengths[c]).ToArray();
        var outShape = output.Select(c => lengths[c]).ToArray();
        var result = StridedTensor.Zeros(outShape);
        var operandSlots = inputs.Select(s => s.Select(c => slot[c]).ToArray()).ToArray();

        foreach (var index in StridedTensor.Indices(allShape))
        {
            var term = 1.0;
            for (var t = 0; t < operands.Length; t++)
                term *= operands[t][[.. operandSlots[t].Select(s => index[s])]];
            result[[.. index.Take(output.Length)]] += term;
        }
        return result;
    }

    /// <summary>Splits <c>"ij,jk->ik"</c> into its operand strings and its output string.</summary>
    public static (string[] Inputs, string Output) Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var compact = spec.Replace(" ", "", StringComparison.Ordinal);
        var arrow = compact.IndexOf("->", StringComparison.Ordinal);
        var left = arrow < 0 ? compact : compact[..arrow];
        var inputs = left.Split(',');
        if (inputs.Any(s => s.Any(c => !char.IsAsciiLetter(c))))
            throw new ArgumentException($"\"{spec}\": indices must be single letters.", nameof(spec));
        string output;
        if (arrow >= 0)
        {
            output = compact[(arrow + 2)..];
            if (output.Distinct().Count() != output.Length || output.Any(c => !char.IsAsciiLetter(c)))
                throw new ArgumentException($"\"{spec}\": output indices must be distinct letters.", nameof(spec));
        }
        else
        {
            output = new string([.. string.Concat(inputs).GroupBy(c => c).Where(g => g.Count() == 1).Select(g => g.Key).Order()]);
        }
        return (inputs, output);
    }
}
