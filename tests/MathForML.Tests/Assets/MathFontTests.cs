using System.Text;
using MathForML.Generator.Assets;
using MathForML.Generator.Model;

namespace MathForML.Tests.Assets;

public class MathFontTests
{
    private static Document WithFormulas(string name, params string[] mathml) =>
        Markdown.MarkdownSpecTests.Document(name, name, 1, "Prose.") with
        {
            MathHtml = new MathHtmlMap(mathml.Select((m, i) => (m, i)).ToDictionary(
                e => new MathKey("f" + e.i, Display: false), e => new MathHtml(Encoding.UTF8.GetBytes(e.m)))),
        };

    [Fact]
    public void The_cut_keeps_the_characters_between_the_tags_of_every_formula_with_entities_decoded_and_no_tag_names()
    {
        var documents = new[]
        {
            WithFormulas("01_A", "<math><msup><mi>𝐱</mi><mi>⊤</mi></msup><mo>&lt;</mo><mn>2</mn></math>"),
            WithFormulas("02_B", "<math display=\"block\"><mi>λ</mi><mo>&amp;</mo><mtext>&#x3B1;</mtext></math>"),
        };

        Assert.Equal("&2<αλ⊤𝐱", MathFont.CharactersOf(documents)); // code point order, each once
    }

    [Fact]
    public void The_stylesheet_is_Temml_s_with_its_font_face_pointed_at_the_cut_and_a_family_of_its_own()
    {
        const string temml = "@font-face {\n  font-family: STIX2;\n  src: local('STIXTwoMath'),\n       url('./STIXTwoMath.woff2');\n}\nmath {\n  font-family: STIX2, math;\n}\n";
        var css = MathFont.Stylesheet(temml, "math.0123456789.woff2");
        Assert.Contains("src: url('math.0123456789.woff2') format('woff2');", css);
        Assert.Contains($"font-family: \"{MathFont.Family}\", math;", css);
        Assert.DoesNotContain("STIX2", css);
        Assert.DoesNotContain("local(", css); // an installed STIX Two Math is not the cut
        Assert.Throws<InvalidOperationException>(() => MathFont.Stylesheet("math { font-family: serif; }", "x.woff2"));
    }
}
