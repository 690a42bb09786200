using System.Collections.Immutable;
using MathForML.Execution.Sessions;
using MathForML.Generator.CellExecution;
using MathForML.Generator.Commands;
using MathForML.Generator.Loading;
using MathForML.Generator.Markdown;
using MathForML.Generator.Settings;
using MathForML.Generator.Snapshots;
using MathForML.Tests.Support;

namespace MathForML.Tests.Course;

/// <summary>
/// Executes every lesson and project of the real course in <c>input/</c> and compares its outputs with
/// <c>tests/snapshots/NAME.verified.txt</c>. A difference fails with a diff and leaves
/// <c>NAME.received.txt</c> beside the verified file; <c>mathforml accept</c> promotes it.
/// </summary>
public class LessonSnapshotTests
{
    private static readonly Lazy<Task<Generator.Model.Course>> Loaded = new(LoadAsync);

    private static async Task<Generator.Model.Course> LoadAsync()
    {
        var settings = CourseSettingsLoader.Load(RepositoryPaths.Root);
        var result = await SiteBuilder.BuildAsync(settings, new BuildOptions { WriteOutput = false, CompareSnapshots = false },
            stages: [new LoadLessons(), new ParseMarkdown(), new CheckLinks()]);
        return result.Course;
    }

    // The lessons and pages in input/, and the guided projects in input/projects/.
    private static IEnumerable<string> LessonNames() =>
        LoadLessons.SourceFiles(Path.Combine(RepositoryPaths.Root, "input"))
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> Lessons() => new(LessonNames());

    [Fact]
    public async Task The_course_loads_without_diagnostics()
    {
        var course = await Loaded.Value;
        Assert.True(course.Diagnostics.IsEmpty, string.Join("\n", course.Diagnostics));
        Assert.Contains(course.Lessons, l => l.Name == "00_Overview");
        Assert.Contains(course.Lessons, l => l.Name == "01_Vectors_and_Matrices");
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Lesson_outputs_match_the_verified_snapshot(string name)
    {
        var course = await Loaded.Value;
        var lesson = course.Find(name);
        Assert.NotNull(lesson);
        if (!lesson.Cells.Any(c => c.Flags.Run))
        {
            Assert.False(File.Exists(new SnapshotStore(course.Settings.SnapshotDirectory).VerifiedPath(name)), $"{name} has no cells but a snapshot: delete the dangling snapshot");
            return;
        }

        var execution = await new ScriptCellExecutor().ExecuteAsync(lesson.ToRequest(), CancellationToken.None);
        Assert.True(execution.Diagnostics.Count == 0, string.Join("\n", execution.Diagnostics));
        lesson = lesson with { Results = execution.Results.Select(r => r.ToResult()).ToImmutableDictionary(r => r.Index) };

        var store = new SnapshotStore(course.Settings.SnapshotDirectory);
        var comparison = store.Compare(name, SnapshotFormat.Write(lesson));
        Assert.True(comparison.Status == SnapshotStatus.Matched, comparison.Status == SnapshotStatus.Missing
            ? $"{name}: no verified snapshot; review {store.ReceivedPath(name)} and run `./mathforml accept {name}`"
            : $"{name}: outputs differ from the verified snapshot (received file written; accept with `./mathforml accept {name}`):\n{comparison.Diff}");
    }

    [Fact]
    public void No_dangling_snapshots()
    {
        var lessons = LessonNames().ToHashSet();
        var dir = Path.Combine(RepositoryPaths.Root, "tests", "snapshots");
        var dangling = Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*.verified.txt").Select(p => Path.GetFileName(p)[..^".verified.txt".Length]).Where(n => !lessons.Contains(n)).ToList()
            : [];
        Assert.True(dangling.Count == 0, "snapshots without a lesson: " + string.Join(", ", dangling));
    }
}
