using MathForML.Execution.Sessions;
using MathForML.Generator.Browser;
using MathForML.Generator.Commands;
using MathForML.Generator.Model;
using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;
using MathForML.Tests.Support;

namespace MathForML.Tests.StaticExports;

/// <summary>A two-lesson course with charts, links between the lessons, a solution and an extra page, built with a fake browser.</summary>
public static class StaticExportCourse
{
    public const string Alpha = """
        ---
        title: Alpha
        order: 1
        phase: Basics
        level: beginner
        objectives:
          - Add $1 + 1$
        ---

        ## Summary

        See [the summary of Beta](02_Beta.md#summary), [the first cell](#cell-1) and [the resources](resources.md).

        ```csharp run
        Chart.Line(new[] { 0.0, 1.0 }, new[] { 0.0, 1.0 }, "line").WithTitle("A line")
        ```

        ```csharp run
        Chart.Point(new[] { 0.0, 1.0 }, new[] { 1.0, 0.0 }, "points").WithTitle("Small points").WithSize(400, 300)
        ```

        ## Exercises

        <details><summary>Solution</summary>

        Two.

        </details>
        """;

    public const string Beta = """
        ---
        title: Beta
        order: 2
        phase: Basics
        level: beginner
        prerequisites: [01_Alpha]
        ---

        ## Summary

        Back to [Alpha](01_Alpha.md).

        ## A surface

        ```csharp run
        Chart.Surface(new[] { 0.0, 1.0 }, new[] { 0.0, 1.0 }, new double[,] { { 0, 1 }, { 1, 2 } }).WithTitle("A surface")
        ```
        """;

    public static FixtureCourse Create(string? siteUrl = null)
    {
        var course = new FixtureCourse()
            .With("01_Alpha.md", Alpha)
            .With("02_Beta.md", Beta)
            .With("resources.md", "---\ntitle: Resources\n---\n\n## Books\n\nSome.\n");
        if (siteUrl is not null) course.WithFile(CourseSettings.FileName, $"url: {siteUrl}\n");
        return course;
    }

    public static Task<BuildResult> BuildAsync(FixtureCourse course, IHeadlessBrowser browser, ListBuildLog? log = null, BuildOptions? options = null) =>
        SiteBuilder.BuildAsync(course.Settings, options ?? new BuildOptions { CompareSnapshots = false, PrintPdf = true }, log ?? new ListBuildLog(),
            executor: new ScriptCellExecutor(), browser: browser);
}
