using System.Text.RegularExpressions;
using MathForML.Execution.Workers;
using MathForML.Generator.Settings;
using MathForML.Tests.Support;

namespace MathForML.Tests.Faults;

/// <summary>
/// Builds each lesson of <c>tests/faults/</c> next to a healthy lesson with the real pipeline and
/// worker processes, and checks the exact diagnostic its <c>expect</c> comment names, and that the
/// healthy lesson still executed and rendered. The workers are shared, so crashing faults also
/// prove that a dead worker is replaced.
/// </summary>
public sealed partial class FaultCorpusTests(FaultCorpusTests.SharedWorkers workers) : IClassFixture<FaultCorpusTests.SharedWorkers>
{
    public sealed class SharedWorkers : IAsyncLifetime
    {
        public WorkerPool Pool { get; } = new(WorkerOptions.Default with { MemoryLimitBytes = 512L * 1024 * 1024 }, 2);

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Pool.DisposeAsync();
    }

    private static readonly string Corpus = Path.Combine(RepositoryPaths.Root, "tests", "faults");

    [GeneratedRegex(@"<!-- expect: (?<code>\w+) (?<line>\d+) -->")]
    private static partial Regex Expectation();

    private static IEnumerable<string> FaultFiles() =>
        Directory.EnumerateFiles(Corpus, "*.md")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name != "01_Healthy.md" && name != "README.md")
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> Faults() => new(FaultFiles());

    [Fact]
    public async Task When_no_cell_of_the_build_ran_to_the_end_the_log_names_no_slowest_cells()
    {
        using var course = new FixtureCourse().WithLesson("01_Broken", 1, "```csharp run\nundefinedName\n```\n");
        var log = new Generator.Reporting.ListBuildLog();
        await Generator.Commands.SiteBuilder.BuildAsync(course.Settings, new BuildOptions { CompareSnapshots = false }, log, executor: workers.Pool);
        var line = Assert.Single(log.Lines, l => l.StartsWith("Executed in", StringComparison.Ordinal));
        Assert.DoesNotContain("slowest", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_corpus_covers_every_fault_the_issue_names() => Assert.True(FaultFiles().Count() >= 15);

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Fault_is_reported_at_its_line_and_the_rest_of_the_course_builds(string file)
    {
        var markdown = File.ReadAllText(Path.Combine(Corpus, file));
        var expect = Expectation().Match(markdown);
        Assert.True(expect.Success, $"{file} has no <!-- expect: CODE LINE --> comment");

        using var course = new FixtureCourse()
            .With("01_Healthy.md", File.ReadAllText(Path.Combine(Corpus, "01_Healthy.md")))
            .With(file, markdown);
        var result = await Generator.Commands.SiteBuilder.BuildAsync(course.Settings,
            new BuildOptions { CompareSnapshots = false }, new Generator.Reporting.ListBuildLog(), executor: workers.Pool);

        var errors = result.Course.Diagnostics.Where(d => d.IsError).ToList();
        var error = Assert.Single(errors);
        Assert.Equal(expect.Groups["code"].Value, error.Code);
        Assert.Equal("input/" + file, error.Location.File);
        Assert.Equal(int.Parse(expect.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), error.Location.Line);

        // The rest of the course still built: the healthy lesson ran, and its page was rendered.
        var healthy = result.Course.Lessons.Single(l => l.Name == "01_Healthy");
        Assert.Equal("5", Assert.IsType<MathForML.Cells.Outputs.ValueOutput>(Assert.Single(healthy.Results[0].Outputs)).Text);
        Assert.Contains(result.Course.Files, f => f.Path == "01-healthy.html");
        // …but a failed build writes nothing.
        Assert.False(Directory.Exists(course.Output));
    }

    [Fact]
    public async Task All_faults_at_once_are_all_reported()
    {
        using var course = new FixtureCourse();
        foreach (var path in Directory.EnumerateFiles(Corpus, "*.md").Where(p => !p.EndsWith("README.md")))
            course.With(Path.GetFileName(path), File.ReadAllText(path));
        var result = await Generator.Commands.SiteBuilder.BuildAsync(course.Settings,
            new BuildOptions { CompareSnapshots = false }, new Generator.Reporting.ListBuildLog(), executor: workers.Pool);

        var expected = FaultFiles().Select(file =>
        {
            var match = Expectation().Match(File.ReadAllText(Path.Combine(Corpus, file)));
            return $"input/{file}:{match.Groups["code"].Value}:{match.Groups["line"].Value}";
        }).Order(StringComparer.Ordinal).ToList();
        var actual = result.Course.Diagnostics.Where(d => d.IsError)
            .Select(d => $"{d.Location.File}:{d.Code}:{d.Location.Line}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }
}
