using System.IO.Compression;
using MathForML.Cells.Outputs;
using MathForML.Generator.CellExecution;
using MathForML.Generator.LessonProjects;
using MathForML.Tests.Execution;

namespace MathForML.Tests.LessonProjects;

/// <summary>
/// A lesson whose cells use Plotly.NET downloads as a project with the Plotly.NET packages, which
/// builds with the SDK and prints what the page shows; other lessons' projects do not mention it.
/// </summary>
[Trait("Category", "Slow")]
public class PlotlyNetProjectTests
{
    private static readonly (string Flags, string Code)[] PlotlyCells =
    [
        ("run", PlotlyNetCellTests.ImportsAsDocumented),
        ("run", """
            var box = PChart.BoxPlot<string, double, string>(Y: new[] { 1.0, 2, 2, 3, 8 }, Name: "sample");
            Display(Chart.Line(new[] { 1.0, 2 }, new[] { 3.0, 4 }, "course").WithTitle("Course"));
            Console.WriteLine("between");
            box
            """),
        ("run", """PChart.Grid(new[] { PChart.Line<double, double, string>(x: new[] { 1.0, 2 }, y: new[] { 1.0, 4 }, Name: "a"), PChart.Column<double, string, string>(values: new[] { 3.0, 1 }, Keys: new[] { "p", "q" }, Name: "b") }, nRows: 1, nCols: 2)"""),
    ];

    private static string Csproj(params (string Flags, string Code)[] cells) =>
        ProjectFiles.Csproj(Convert.Lesson(cells));

    [Fact]
    public void Only_a_lesson_that_uses_Plotly_NET_references_its_packages_at_the_versions_the_cells_ran_against()
    {
        var plotly = Csproj(PlotlyCells);
        Assert.Contains("""<PackageReference Include="Plotly.NET" Version="6.0.0" />""", plotly, StringComparison.Ordinal);
        Assert.Contains("""<PackageReference Include="Plotly.NET.CSharp" Version="0.14.0" />""", plotly, StringComparison.Ordinal);
        Assert.Contains("  </ItemGroup>\n</Project>", plotly, StringComparison.Ordinal);

        var plain = Csproj(("run", "Chart.Line(new[] { 1.0 }, new[] { 2.0 })"));
        Assert.DoesNotContain("Plotly", plain, StringComparison.Ordinal);
        Assert.Contains($"""<PackageReference Include="MathNet.Numerics" Version="{ProjectFiles.MathNetVersion}" />""" + "\n  </ItemGroup>", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_project_builds_with_the_SDK_and_prints_what_the_page_shows()
    {
        var lesson = Convert.Lesson(PlotlyCells);
        var converted = LessonProjectMaker.Convert(lesson, CancellationToken.None);
        Assert.True(converted.Template is not null, converted.Problem);
        var folder = Path.Combine(Path.GetTempPath(), "mathforml-plotly-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var archive = new ZipArchive(new MemoryStream(ProjectArchive.Write(LessonProjectMaker.Assemble(lesson, converted.Template, "Course")))))
                archive.ExtractToDirectory(folder);
            var project = Path.Combine(folder, lesson.Name);
            var build = await DotnetRun.RunAsync(project, "build", "-nologo", "-nodeReuse:false", "-p:NuGetAudit=false", "-warnaserror");
            Assert.True(build.ExitCode == 0, build.ToString());
            var run = await DotnetRun.RunAsync(project, "run", "--no-build");
            Assert.True(run.ExitCode == 0, run.ToString());

            var executed = await new MathForML.Execution.Sessions.ScriptCellExecutor().ExecuteAsync(lesson.ToRequest(), CancellationToken.None);
            Assert.Empty(executed.Diagnostics);
            var expected = string.Concat(executed.Results.SelectMany(r => r.Outputs).Select(OutputText.ForConsole));
            Assert.Contains("[chart]\nBox", expected, StringComparison.Ordinal);
            Assert.Equal(expected, run.Output.ReplaceLineEndings("\n"));
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }
}
