using MathForML.Generator.Search;

namespace MathForML.Tests.Search;

public class TexWordsTests
{
    [Theory]
    [InlineData(@"\mathbf{x}^\top \mathbf{y}", "x^ transpose y")]
    [InlineData(@"\nabla_{\mathbf{w}} L", "nabla _w L")]
    [InlineData(@"\frac{1}{2}\|\mathbf{x}\|_2^2", "12|x|_2^2")]
    [InlineData(@"\mathbb{R}^{n \times d}", "R^n × d")]
    [InlineData(@"\operatorname{rank}(A) \le \min(m, n)", "rank(A) ≤ min (m, n)")]
    [InlineData(@"\begin{pmatrix} a & b \\ c & d \end{pmatrix}", "pmatrix a b c d pmatrix")]
    [InlineData(@"\alpha\beta", "alpha beta")]
    public void Turns_latex_into_searchable_words(string tex, string words) => Assert.Equal(words, TexWords.ToText(tex));
}
