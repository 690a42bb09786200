using MathForML.Tests.Support;

namespace MathForML.Tests.Commands;

/// <summary><c>build</c> skips a build that would write the same site again, and only that one.</summary>
public sealed class UpToDateTests
{
    private const string UpToDate = "Up to date:";

    private static async Task<string> BuildAsync(FixtureCourse course, params string[] extra)
    {
        var run = await CliProcess.RunAsync(["build", "--root", course.Root, "--no-server", .. extra]).WaitAsync(TimeSpan.FromMinutes(4));
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Output;
    }

    private static void AssertSkipped(string output) => Assert.True(output.Contains(UpToDate, StringComparison.Ordinal), output);

    [Fact]
    public async Task A_clean_build_with_nothing_changed_is_skipped_until_an_input_the_options_or_the_site_change()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "# A\n\nSome words.\n\n```csharp run\n6 * 7\n```\n");
        await BuildAsync(course, "--accept"); // records the snapshot; an accepting build is never skipped nor stamped
        Assert.DoesNotContain(UpToDate, await BuildAsync(course));
        var skipped = await BuildAsync(course);
        AssertSkipped(skipped);
        Assert.Contains("Build succeeded: 1 lessons", skipped);

        // A lesson edited: built, and the page shows the edit.
        var lesson = Path.Combine(course.Root, "input", "01_A.md");
        File.WriteAllText(lesson, File.ReadAllText(lesson).Replace("Some words.", "Other words.", StringComparison.Ordinal));
        Assert.DoesNotContain(UpToDate, await BuildAsync(course));
        Assert.Contains("Other words.", File.ReadAllText(Path.Combine(course.Output, "01-a.html")));
        AssertSkipped(await BuildAsync(course));

        // Saved again unchanged (an editor, a checkout): still up to date.
        File.WriteAllText(lesson, File.ReadAllText(lesson));
        File.SetLastWriteTimeUtc(lesson, DateTime.UtcNow.AddMinutes(1));
        AssertSkipped(await BuildAsync(course));

        // A page of the site deleted or changed by hand: written again.
        File.Delete(Path.Combine(course.Output, "01-a.html"));
        Assert.DoesNotContain(UpToDate, await BuildAsync(course));
        Assert.True(File.Exists(Path.Combine(course.Output, "01-a.html")));

        // Other options, or no cache: built.
        Assert.DoesNotContain(UpToDate, await BuildAsync(course, "--no-cache"));
        Assert.DoesNotContain(UpToDate, await BuildAsync(course)); // the stamp was taken with other options
        AssertSkipped(await BuildAsync(course));
        Assert.DoesNotContain(UpToDate, await BuildAsync(course, "--output", Path.Combine(course.Root, "elsewhere")));
    }

    [Fact]
    public async Task A_build_with_warnings_is_never_skipped_so_its_warnings_are_shown_again()
    {
        // No verified snapshot: each build warns.
        using var course = new FixtureCourse().WithLesson("01_A", 1, "# A\n\n```csharp run\n6 * 7\n```\n");
        var first = await BuildAsync(course);
        Assert.Contains("warning", first);
        var second = await BuildAsync(course);
        Assert.DoesNotContain(UpToDate, second);
        Assert.Contains("warning", second);
    }
}
