using System.Text.Json;
using MathForML.Generator.Search;
using MathForML.Tests.Markdown;
using MathForML.Tests.Support;

namespace MathForML.Tests.Search;

public class SearchIndexTests
{
    private static readonly string Body = """
        # Title

        Intro with **bold** words.

        ## Basis and Span

        A basis is a set of vectors with $x^\top y$ inside.

        ```csharp run
        var hidden = "code is not indexed";
        ```

        ### Change of basis

        > [!NOTE]
        > Callout text counts.

        ## Empty
        """;

    [Fact]
    public async Task The_index_keeps_its_name_so_an_edit_of_one_lesson_leaves_the_other_pages_as_they_were()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "## One\n\nFirst words.\n").WithLesson("02_B", 2, "## Two\n\nOther words.\n");
        Assert.True((await course.BuildAsync()).Succeeded);
        var before = Directory.EnumerateFiles(course.Output, "*.html").ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes);
        var index = course.ReadOutput("search-index.js");

        course.WithLesson("01_A", 1, "## One\n\nFirst words, edited.\n");
        Assert.True((await course.BuildAsync()).Succeeded);

        Assert.NotEqual(index, course.ReadOutput("search-index.js"));
        Assert.Contains("First words, edited.", course.ReadOutput("search-index.js"));
        var changed = before.Where(p => !p.Value.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(course.Output, p.Key)))).Select(p => p.Key).Order().ToList();
        // At most the edited page, the print edition and the home page (its download list gives the zip's size).
        Assert.Contains("01-a.html", changed);
        Assert.Subset(new HashSet<string> { "01-a.html", "print.html", "index.html" }, changed.ToHashSet());
    }

    [Fact]
    public void Splits_a_lesson_into_sections_at_h2_and_h3()
    {
        var sections = SectionSplitter.Split(MarkdownSpecTests.Document("01_Test", "Test", 1, Body));
        Assert.Equal(["Test", "Basis and Span", "Change of basis", "Empty"], sections.Select(s => s.Section));
        Assert.Equal(["01-test.html", "01-test.html#basis-and-span", "01-test.html#change-of-basis", "01-test.html#empty"], sections.Select(s => s.Url));
        Assert.Equal("Intro with bold words.", sections[0].Text);
        Assert.Equal("A basis is a set of vectors with xᵀ y inside.", sections[1].Text);
        Assert.Equal("Callout text counts.", sections[2].Text);
        Assert.All(sections, s => Assert.Equal("Test", s.Lesson));
        Assert.DoesNotContain(sections, s => s.Text.Contains("hidden"));
    }

    [Fact]
    public void The_index_is_a_script_that_sets_a_global()
    {
        var script = SearchIndexScript.Write([new SearchDocument("a#b", "Lesson", "Sec", "a.html#b", "x </script> y")]);
        Assert.StartsWith("window.MathForMLSearchIndex = ", script);
        Assert.DoesNotContain("</script>", script);
        var json = script["window.MathForMLSearchIndex = ".Length..].TrimEnd('\n', ';');
        var doc = JsonDocument.Parse(json).RootElement.GetProperty("docs")[0];
        Assert.Equal("a.html#b", doc.GetProperty("url").GetString());
        Assert.Equal("x </script> y", doc.GetProperty("text").GetString());
    }
}
