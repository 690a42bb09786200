using MathForML.Generator.Model;
using MathForML.Tests.Support;

namespace MathForML.Tests.Markdown;

public class ParseTests
{
    [Fact]
    public async Task Cells_get_their_flags_and_markdown_lines()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, """
            Text.

            ```csharp run
            var x = 1;
            ```

            ```csharp
            // shown only
            ```

            ```csharp run hide timeout=5
            x + 1
            ```
            """);
        var lesson = Assert.Single((await course.LoadAsync()).Course.Lessons);
        Assert.Equal(2, lesson.Cells.Length);
        Assert.Equal(new SourceLocation("input/01_A.md", 11, 1), lesson.Cells[0].CodeLocation);
        Assert.Equal(new SourceLocation("input/01_A.md", 18, 1), lesson.Cells[1].FenceLocation);
        Assert.True(lesson.Cells[1].Flags.Hide);
        Assert.Equal(TimeSpan.FromSeconds(5), lesson.Cells[1].Flags.Timeout);
    }

    [Fact]
    public async Task Unknown_flag_and_unclosed_fence_are_errors_at_their_lines()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "```csharp run hid\nvar x = 1;\n```\n\n```csharp run\nvar y = 2;\n");
        var diagnostics = (await course.LoadAsync()).Course.Diagnostics;
        var flag = diagnostics.Single(DiagnosticCodes.UnknownCellFlag);
        Assert.Equal(new SourceLocation("input/01_A.md", 8, 15), flag.Location);
        Assert.Equal(12, diagnostics.Single(DiagnosticCodes.UnclosedFence).Location.Line);
    }

    [Fact]
    public async Task Headings_get_github_anchors()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "## Basis & Dimension\n\n### Change of basis\n\n## Basis & Dimension\n");
        var lesson = Assert.Single((await course.LoadAsync()).Course.Lessons);
        Assert.Equal(new[] { "basis--dimension", "change-of-basis", "basis--dimension-1" }, lesson.Headings.Select(h => h.Anchor));
    }
}
