using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MathForML.Generator.Loading;
using MathForML.Generator.Markdown;
using MathForML.Generator.MathRendering;
using MathForML.Generator.Model;

namespace MathForML.Tests.Markdown;

/// <summary>Runs the examples of <c>Specs/*.md</c>: Markdown in, HTML out.</summary>
public partial class MarkdownSpecTests
{
    public static TheoryData<string, int, string, string> Examples()
    {
        var data = new TheoryData<string, int, string, string>();
        var folder = Path.Combine(Support.RepositoryPaths.Root, "tests", "MathForML.Tests", "Markdown", "Specs");
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var number = 0;
            foreach (Match match in Example().Matches(File.ReadAllText(file).ReplaceLineEndings("\n")))
                data.Add(Path.GetFileName(file), ++number, match.Groups["md"].Value, match.Groups["html"].Value);
        }
        return data;
    }

    [GeneratedRegex(@"^`{32} example\n(?<md>.*?)^\.\n(?<html>.*?)^`{32}$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Example();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Renders(string file, int number, string markdown, string expectedHtml)
    {
        _ = (file, number); // named in the test's display name
        Assert.Equal(expectedHtml.TrimEnd('\n'), Render(markdown).TrimEnd('\n'));
    }

    [Fact]
    public void Spec_file_has_examples() => Assert.True(Examples().Count >= 12);

    [Fact]
    public void An_empty_cell_in_a_table_header_row_is_a_data_cell_and_the_others_stay_headers()
    {
        var html = Render("| | $Y = 0$ | B |\n|:--|---|---|\n| $X = 0$ | 3 | 1 |\n");
        var row = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("thead tr")!;
        Assert.Equal(["TD", "TH", "TH"], row.Children.Select(c => c.TagName));
        Assert.Equal("", row.Children[0].TextContent);
        Assert.Equal("text-align: left;", row.Children[0].GetAttribute("style")); // its alignment kept
        Assert.Equal("B", row.Children[2].TextContent);
    }

    /// <summary>Renders Markdown as the body of lesson 01_Test, with fake math output.</summary>
    public static string Render(string body)
    {
        var lesson = Document("01_Test", "Test", 1, body);
        var other = Document("02_Other", "Other", 2, "## Eigen Things\n");
        var math = RenderMath.Collect(lesson)
            .Select(m => m.Key)
            .Distinct()
            .ToImmutableDictionary(k => k, k => k.Display ? $"[katex-display:{k.Tex}]" : $"[katex:{k.Tex}]");
        lesson = lesson with { MathHtml = MathHtmlMap.Of(math) };
        var links = new LinkResolver(new Dictionary<string, Document> { ["01_Test"] = lesson, ["02_Other"] = other });
        return LessonHtmlRenderer.RenderDocument(lesson.Ast!, lesson, links);
    }

    public static Document Document(string name, string title, int order, string body)
    {
        var markdown = $"---\ntitle: {title}\norder: {order}\nphase: P\n---\n{body}";
        var front = FrontMatterReader.Read(markdown, $"input/{name}.md", DocumentKind.Lesson);
        Assert.NotNull(front.Front);
        return ParseMarkdown.Parse(new Document(DocumentKind.Lesson, name, $"input/{name}.md", name + ".md", markdown, front.Front));
    }
}
