using MathForML.Generator.Search;

namespace MathForML.Tests.Search;

public class TexWordsTests
{
    [Theory]
    // The snippets the issue found unreadable: sigma _1 ≥ sigma _2, A^ transpose A, 10^-8 sigma _1.
    [InlineData(@"\sigma_1 \ge \sigma_2", "σ₁ ≥ σ₂")]
    [InlineData(@"A^\top A", "Aᵀ A")]
    [InlineData(@"10^{-8} \sigma_1", "10⁻⁸ σ₁")]
    [InlineData(@"\mathbf{x}^\top \mathbf{y}", "xᵀ y")]
    [InlineData(@"\nabla_{\mathbf{w}} L", "∇_w L")]
    [InlineData(@"\frac{1}{2}\|\mathbf{x}\|_2^2", "1/2 ‖x‖₂²")]
    [InlineData(@"\frac{a + b}{n}", "(a + b)/n")]
    [InlineData(@"\mathbb{R}^{n \times d}", "ℝ^(n×d)")]
    [InlineData(@"\operatorname{rank}(A) \le \min(m, n)", "rank(A) ≤ min (m, n)")]
    [InlineData(@"\begin{pmatrix} a & b \\ c & d \end{pmatrix}", "a b; c d")]
    [InlineData(@"\alpha\beta", "αβ")]
    [InlineData(@"x_{ij}^{n+1}", "xᵢⱼⁿ⁺¹")]
    [InlineData(@"\|A\|_F = \langle x, y \rangle_K", "‖A‖_F = ⟨ x, y ⟩_K")]
    [InlineData(@"\mathbb{E}[X] = \sum_{i=1}^{n} p_i x_i", "𝔼[X] = ∑ᵢ₌₁ⁿ pᵢ xᵢ")]
    [InlineData(@"\left( \frac{1}{\sqrt{2\pi}} \right)", "( 1/(√2π) )")]
    public void Turns_latex_into_text_that_reads_like_the_formula(string tex, string text) => Assert.Equal(text, TexWords.ToText(tex));

    [Fact]
    public void What_symbols_are_called_stays_searchable_beside_the_snippet()
    {
        // The snippet shows σ and ᵀ; the math field carries the words a reader types.
        Assert.Equal("sigma greater", TexMeanings.Of(@"\sigma_1 \ge \sigma_2"));
        Assert.Equal("transpose", TexMeanings.Of(@"A^\top A"));
    }
}
