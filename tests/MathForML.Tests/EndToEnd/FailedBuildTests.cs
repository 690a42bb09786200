using MathForML.Generator.Model;
using MathForML.Tests.Support;

namespace MathForML.Tests.EndToEnd;

public class FailedBuildTests
{
    [Fact]
    public async Task All_problems_are_reported_and_the_previous_output_is_kept()
    {
        using var course = new FixtureCourse()
            .WithLesson("01_A", 1, "```csharp run\nvar x = ;\n```\n")
            .WithLesson("02_B", 2, "Broken [link](09_Nope.md) and $\\frac{1}{$.\n\n```csharp run\nthrow new Exception(\"boom\");\n```\n");
        Directory.CreateDirectory(course.Output);
        File.WriteAllText(Path.Combine(course.Output, "index.html"), "previous site");

        var result = await course.BuildAsync();

        Assert.False(result.Succeeded);
        var diagnostics = result.Course.Diagnostics;
        Assert.Equal("input/01_A.md", diagnostics.Single("CS1525").Location.File);
        Assert.Equal(new SourceLocation("input/02_B.md", 8, 8), diagnostics.Single(DiagnosticCodes.MissingLinkTarget).Location);
        Assert.Equal(8, diagnostics.Single(DiagnosticCodes.InvalidLatex).Location.Line);
        Assert.Equal(11, diagnostics.Single(DiagnosticCodes.CellException).Location.Line);
        Assert.Equal("previous site", course.ReadOutput("index.html"));
        Assert.Empty(Directory.EnumerateDirectories(course.Root, ".output.*"));
    }

    [Fact]
    public async Task A_successful_build_replaces_the_output_whole()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "Hello.\n");
        Directory.CreateDirectory(course.Output);
        File.WriteAllText(Path.Combine(course.Output, "stale.html"), "old");
        var result = await course.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Course.Diagnostics));
        Assert.False(File.Exists(Path.Combine(course.Output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(course.Output, "01-a.html")));
    }

    [Fact]
    public async Task A_rebuild_keeps_unchanged_files_as_they_were_and_writes_changed_or_tampered_ones()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "Hello.\n").WithLesson("02_B", 2, "World.\n");
        Assert.True((await course.BuildAsync()).Succeeded);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(course.Output, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, old);
        // Same length, other bytes: only a comparison of content can tell.
        var page = Path.Combine(course.Output, "02-b.html");
        var tampered = File.ReadAllText(page).Replace("World.", "Wxrld.", StringComparison.Ordinal);
        File.WriteAllText(page, tampered);
        File.SetLastWriteTimeUtc(page, old);

        course.WithLesson("01_A", 1, "Hello again.\n");
        Assert.True((await course.BuildAsync()).Succeeded);

        Assert.Contains("Hello again.", course.ReadOutput("01-a.html"));
        Assert.Contains("World.", course.ReadOutput("02-b.html"));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(Path.Combine(course.Output, "01-a.html")));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(page));
        // The site's stylesheet did not change: on Linux it is the previous file, linked, not written again.
        var css = Directory.EnumerateFiles(Path.Combine(course.Output, "assets"), "site.*.css").Single();
        if (!OperatingSystem.IsWindows()) Assert.Equal(old, File.GetLastWriteTimeUtc(css));
        Assert.Empty(Directory.EnumerateDirectories(course.Root, ".output.*"));
    }

    [Fact]
    public async Task A_tab_in_math_is_a_warning_at_the_formula_though_Temml_renders_it()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "Shape $\\mathbb{R}^{10 \times 16}$ and $n \\times d$.\n");
        var result = await course.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Course.Diagnostics));
        var warning = result.Course.Diagnostics.Single(DiagnosticCodes.TabInMath);
        Assert.Equal(new SourceLocation("input/01_A.md", 8, 7), warning.Location);
        Assert.Contains("10 →imes 16", warning.Message);
    }

    [Fact]
    public async Task LaTeX_that_KaTeX_accepts_builds_though_Temml_does_not_know_it_and_what_neither_accepts_is_an_error()
    {
        // \minuso is KaTeX's and not Temml's: the authoring contract is KaTeX's LaTeX.
        using var course = new FixtureCourse().WithLesson("01_A", 1, "Known to KaTeX only: $a \\minuso b$. Trusted commands: $\\href{https://example.org}{x}$.\n");
        var result = await course.BuildAsync();
        var error = result.Course.Diagnostics.Single(DiagnosticCodes.InvalidLatex);
        Assert.Contains("\\href is not allowed (trust is off)", error.Message);
        Assert.Equal(new SourceLocation("input/01_A.md", 8, 55), error.Location);
        var lesson = result.Course.Documents.Single(d => d.Slug == "01-a");
        Assert.Contains("⦵", lesson.MathHtml[new MathKey("a \\minuso b", Display: false)]);
    }
}
