using Markdig.Extensions.Mathematics;
using MathForML.Generator.Model;

namespace MathForML.Generator.Markdown.Formulas;

/// <summary>The LaTeX of a math node, as the same key for the math stage and the renderers.</summary>
public static class MathSource
{
    public static MathKey Of(MathInline math) => new(math.Content.ToString().Trim(), math.DelimiterCount >= 2);

    public static MathKey Of(MathBlock math) => new(math.Lines.ToString().Trim(), true);
}
