using MathForML.Preview;
using MathForML.Tests.Support;

namespace MathForML.Tests.Preview;

public class SourceWatcherTests
{
    [Theory]
    [InlineData("input/01_A.md", true)]
    [InlineData("input/images/plot.png", true)]
    [InlineData("examples/MathForML.Examples/Grid.cs", true)]
    [InlineData("examples/MathForML.Examples/obj/project.assets.json", false)]
    [InlineData("examples/MathForML.Examples/bin/Debug/x.dll", false)]
    [InlineData("input/.01_A.md.swp", false)]
    [InlineData("input/01_A.md~", false)]
    [InlineData("input/4913", false)]
    [InlineData("input/01_A.md___jb_tmp___", false)]
    [InlineData("input/.git/index", false)]
    [InlineData("output/index.html", false)]
    [InlineData(".cache/cells/ab/cd.json", false)]
    public void Only_sources_trigger_a_rebuild(string path, bool matters)
    {
        var root = Path.Combine(Path.GetTempPath(), "course");
        Assert.Equal(matters, SourceWatcher.Matters(root, Path.Combine(root, path)));
    }

    [Fact]
    public async Task Saves_are_reported_in_one_batch_per_quiet_period()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "Text.\n");
        var batches = new List<IReadOnlyList<SourceChange>>();
        var first = new TaskCompletionSource();
        // A quiet period far longer than the writes below take, so they cannot straddle two batches.
        using var watcher = new SourceWatcher([(SourceKind.Lessons, course.Input)], TimeSpan.FromSeconds(2), batch =>
        {
            lock (batches) batches.Add(batch);
            first.TrySetResult();
        });
        course.WithLesson("01_A", 1, "Text, saved once.\n").WithLesson("01_A", 1, "Text, saved twice.\n").WithFile("input/.01_A.md.swp", "editor litter");
        await first.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var batch = Assert.Single(batches);
        Assert.Equal([Path.Combine(course.Input, "01_A.md")], batch.Select(c => c.Path));
        Assert.All(batch, c => Assert.Equal(SourceKind.Lessons, c.Kind));
    }
}
