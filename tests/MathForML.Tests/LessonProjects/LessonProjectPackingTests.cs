using System.IO.Compression;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using MathForML.Execution.Sessions;
using MathForML.Generator.Commands;
using MathForML.Generator.Model;
using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;
using MathForML.Tests.Support;

namespace MathForML.Tests.LessonProjects;

/// <summary>The build's PackLessonProjects stage on a small course: the zips, the links, the cache, the warning.</summary>
public sealed class LessonProjectPackingTests(LessonProjectPackingTests.BuiltTwice built) : IClassFixture<LessonProjectPackingTests.BuiltTwice>
{
    /// <summary>A course built, then built again with nothing changed.</summary>
    public sealed class BuiltTwice : IAsyncLifetime
    {
        public FixtureCourse Course { get; } = new FixtureCourse()
            .WithLesson("01_Vectors", 1, """
                ## Adding vectors

                ```csharp run
                var v = Vector<double>.Build.Dense([1.0, 2.0]);
                Console.WriteLine($"norm {v.L2Norm():0.000}");
                Chart.Line([0.0, v[0]], [0.0, v[1]], "v").WithTitle("A vector")
                ```

                ```csharp run throws
                v.Add(Vector<double>.Build.Dense(3))
                ```
                """)
            .WithLesson("02_Limits", 2, """
                ```csharp run throws
                var limit = 3;
                throw new InvalidOperationException("too far");
                ```

                ```csharp run
                Console.WriteLine(limit);
                ```
                """);

        public BuildResult First { get; private set; } = null!;

        public BuildResult Second { get; private set; } = null!;

        public byte[] FirstZip { get; private set; } = [];

        public ListBuildLog SecondLog { get; } = new();

        public async Task InitializeAsync()
        {
            var options = new BuildOptions { AcceptSnapshots = true };
            First = await SiteBuilder.BuildAsync(Course.Settings, options, new ListBuildLog(), executor: new ScriptCellExecutor());
            FirstZip = File.ReadAllBytes(Path.Combine(Course.Output, "downloads", "lessons", "01-vectors.zip"));
            Second = await SiteBuilder.BuildAsync(Course.Settings, options, SecondLog, executor: new ScriptCellExecutor());
        }

        public Task DisposeAsync()
        {
            Course.Dispose();
            return Task.CompletedTask;
        }

        public ZipArchive Zip() => ZipFile.OpenRead(Path.Combine(Course.Output, "downloads", "lessons", "01-vectors.zip"));

        public string Entry(string path)
        {
            using var zip = Zip();
            using var reader = new StreamReader(zip.GetEntry(path)!.Open());
            return reader.ReadToEnd();
        }
    }

    [Fact]
    public async Task When_more_lessons_run_than_there_are_workers_the_workers_convert_them_and_the_programs_are_the_same()
    {
        using var course = new FixtureCourse();
        foreach (var file in Directory.GetFiles(built.Course.Input, "*.md")) course.With(Path.GetFileName(file), File.ReadAllText(file));
        var log = new ListBuildLog();
        await using (var pool = new MathForML.Execution.Workers.WorkerPool(MathForML.Execution.Workers.WorkerOptions.Default, 1))
        {
            var result = await SiteBuilder.BuildAsync(course.Settings, new BuildOptions { AcceptSnapshots = true }, log, executor: pool);
            Assert.True(result.Succeeded, string.Join("\n", result.Course.Diagnostics));
        }
        // Lesson 02 cannot become a program (its throws cell declares what a later cell uses): a warning, as in-process.
        Assert.Contains(log.Lines, l => l.StartsWith("Packed 1 lesson projects", StringComparison.Ordinal)
            && l.Contains("2 converted (2 by the cell workers), 0 from the cache", StringComparison.Ordinal));
        using var zip = ZipFile.OpenRead(Path.Combine(course.Output, "downloads", "lessons", "01-vectors.zip"));
        using var reader = new StreamReader(zip.GetEntry("01_Vectors/Program.cs")!.Open());
        Assert.Equal(built.Entry("01_Vectors/Program.cs"), reader.ReadToEnd());
    }

    [Fact]
    public async Task An_edit_that_runs_one_lesson_again_has_its_worker_convert_it()
    {
        using var course = new FixtureCourse();
        foreach (var file in Directory.GetFiles(built.Course.Input, "*.md")) course.With(Path.GetFileName(file), File.ReadAllText(file));
        await using var pool = new MathForML.Execution.Workers.WorkerPool(MathForML.Execution.Workers.WorkerOptions.Default, 2);
        Assert.True((await SiteBuilder.BuildAsync(course.Settings, new BuildOptions { AcceptSnapshots = true }, new ListBuildLog(), executor: pool)).Succeeded);

        var lesson = Directory.GetFiles(course.Input, "01_*.md").Single();
        var text = File.ReadAllText(lesson);
        var fence = text.IndexOf("```csharp run\n", StringComparison.Ordinal);
        Assert.True(fence >= 0);
        File.WriteAllText(lesson, text.Insert(fence + "```csharp run\n".Length, "var editedHere = 1;\n"));
        var log = new ListBuildLog();
        Assert.True((await SiteBuilder.BuildAsync(course.Settings, new BuildOptions { AcceptSnapshots = true }, log, executor: pool)).Succeeded);
        // One lesson ran, on one of two workers: that worker converted it, not the build's process.
        Assert.Contains(log.Lines, l => l.Contains("1 converted (1 by the cell workers)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_lesson_page_links_its_project_with_a_relative_url()
    {
        var page = new HtmlParser().ParseDocument(built.Course.ReadOutput("01-vectors.html"));
        var link = page.QuerySelector(".lesson-header a[href='downloads/lessons/01-vectors.zip']");
        Assert.NotNull(link);
        Assert.True(link.HasAttribute("download"));
        Assert.Contains("Run it yourself", link.TextContent);
    }

    [Fact]
    public void The_zip_holds_one_folder_with_the_project_the_program_and_the_sources_it_needs()
    {
        using var zip = built.Zip();
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.All(names, n => Assert.StartsWith("01_Vectors/", n));
        Assert.Equal(["01_Vectors/01_Vectors.csproj", "01_Vectors/Directory.Build.props", "01_Vectors/Program.cs", "01_Vectors/README.md"], names.Take(4));
        Assert.Contains("01_Vectors/Examples/Check.cs", names);
        Assert.Contains("01_Vectors/Runtime/Charts/Chart.cs", names);
        Assert.Contains("01_Vectors/Runtime/Formatting/OutputFormatter.cs", names);
        Assert.Contains("01_Vectors/Runtime/Standalone/ConsoleNotebook.cs", names);
        Assert.Contains("01_Vectors/Runtime/Startup.cs", names);
        Assert.DoesNotContain(names, n => n.Contains("/Capture/", StringComparison.Ordinal) || n.Contains("/obj/", StringComparison.Ordinal) || n.Contains("/bin/", StringComparison.Ordinal));
        // Reproducible: fixed timestamps.
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void The_project_file_gives_the_program_what_a_cell_has()
    {
        var csproj = built.Entry("01_Vectors/01_Vectors.csproj");
        var usings = Regex.Matches(csproj, "<Using Include=\"([^\"]+)\" />").Select(m => m.Groups[1].Value);
        Assert.Equal(ScriptEnvironment.DefaultUsings, usings);
        Assert.Contains("<Using Include=\"MathForML.Cells.Standalone.ConsoleNotebook\" Static=\"true\" />", csproj);
        Assert.Contains($"<PackageReference Include=\"MathNet.Numerics\" Version=\"{typeof(MathNet.Numerics.Control).Assembly.GetName().Version!.ToString(3)}\" />", csproj);
        Assert.Contains("<TargetFramework>net10.0</TargetFramework>", csproj);
        Assert.Contains("<ImplicitUsings>disable</ImplicitUsings>", csproj);
        Assert.Contains("<ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>", csproj);
        Assert.Contains("<ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>", built.Entry("01_Vectors/Directory.Build.props"));
        Assert.Contains("dotnet run", built.Entry("01_Vectors/README.md"));
    }

    [Fact]
    public void The_program_holds_the_cells_with_their_lines_and_the_throws_cell_in_a_try_block()
    {
        var program = built.Entry("01_Vectors/Program.cs");
        Assert.Contains("// input/01_Vectors.md, line 11\nvar v = Vector<double>.Build.Dense([1.0, 2.0]);", program);
        Assert.Contains("Display(Chart.Line([0.0, v[0]], [0.0, v[1]], \"v\").WithTitle(\"A vector\"));", program);
        Assert.Contains("try\n{\n    Display(v.Add(Vector<double>.Build.Dense(3)));\n}\ncatch (Exception exception)", program);
        Assert.Empty(ProjectCompilation.Problems(program));
    }

    [Fact]
    public void A_lesson_whose_cells_cannot_become_one_program_gets_a_warning_and_no_link()
    {
        var warning = built.First.Course.Diagnostics.Single(DiagnosticCodes.LessonProjectUnavailable);
        Assert.Equal(new SourceLocation("input/02_Limits.md", 8, 1), warning.Location);
        Assert.False(warning.IsError);
        Assert.True(built.First.Succeeded);
        Assert.False(File.Exists(Path.Combine(built.Course.Output, "downloads", "lessons", "02-limits.zip")));
        Assert.DoesNotContain("downloads/lessons", built.Course.ReadOutput("02-limits.html"));
    }

    [Fact]
    public void A_rebuild_converts_nothing_and_writes_the_same_bytes()
    {
        Assert.Contains(built.SecondLog.Lines, l => l.Contains("0 converted, 2 from the cache", StringComparison.Ordinal));
        Assert.Equal(built.FirstZip, File.ReadAllBytes(Path.Combine(built.Course.Output, "downloads", "lessons", "01-vectors.zip")));
        // The cached problem is still reported.
        Assert.Single(built.Second.Course.Diagnostics, d => d.Code == DiagnosticCodes.LessonProjectUnavailable);
    }
}
