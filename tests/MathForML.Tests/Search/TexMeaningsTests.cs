using MathForML.Generator.Search;

namespace MathForML.Tests.Search;

public class TexMeaningsTests
{
    [Theory]
    [InlineData(@"\nabla_{\mathbf{w}} L", "nabla gradient")]
    [InlineData(@"\frac{\partial f}{\partial x}", "partial derivative")]
    [InlineData(@"\sum_{i=1}^n x_i", "sum summation")]
    [InlineData(@"\int_0^1 f(x)\,dx", "integral")]
    [InlineData(@"\mathbb{E}[X]", "expectation expected value")]
    [InlineData(@"\mathbb {E} [X]", "expectation expected value")]
    [InlineData(@"\mathbf{x}^\top \mathbf{y}", "transpose")]
    [InlineData(@"\|\mathbf{x}\|_2", "norm")]
    [InlineData(@"\operatorname{Var}(X) = \mathbb{E}[X^2]", "variance expectation expected value")]
    [InlineData(@"\mathbb{R}^n", "real numbers")]
    [InlineData(@"a + b", "")]
    // Snippets show α and β; their names are searched here.
    [InlineData(@"\alpha \beta", "alpha beta")]
    public void Formulas_are_indexed_by_what_their_commands_mean(string tex, string words) =>
        Assert.Equal(words, TexMeanings.Of(tex));

    [Fact]
    public void Sections_carry_the_meanings_of_their_formulas_apart_from_their_text()
    {
        var lesson = Markdown.MarkdownSpecTests.Document("01_Test", "Test", 1, """
            ## Descent

            Step against $\nabla f$.

            > [!NOTE]
            > Also $\sum_i$ inside a callout.

            ## Plain

            No formulas.
            """);
        var sections = SectionSplitter.Split(lesson);
        Assert.Equal("nabla gradient sum summation", sections.Single(s => s.Section == "Descent").Math);
        Assert.DoesNotContain("gradient", sections.Single(s => s.Section == "Descent").Text);
        Assert.Equal("", sections.Single(s => s.Section == "Plain").Math);
    }
}
