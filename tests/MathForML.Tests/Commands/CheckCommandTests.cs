using System.Text.RegularExpressions;
using MathForML.Tests.Support;

namespace MathForML.Tests.Commands;

/// <summary><c>check</c> as CI runs it: exit codes, MSBuild lines, GitHub annotations.</summary>
public class CheckCommandTests
{
    private static FixtureCourse Broken() => new FixtureCourse()
        .WithLesson("01_A", 1, "# A\n\nSee ![a plot](images/missing.png) and [B](02_B.md#nowhere).\n\nMath $\\frac{1}{$ here.\n")
        .WithLesson("02_B", 2, "## Somewhere\n\n![](b.svg)\n")
        .WithFile("input/b.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
        .WithFile("tests/snapshots/09_Gone.verified.txt", "# old\n");

    [Fact]
    public async Task A_clean_course_passes_with_exit_code_0()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "# A\n\nProse with $x^2$ and ![a plot](p.svg).\n").WithFile("input/p.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
        var run = await CliProcess.RunAsync(["check", "--root", course.Root]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Check passed", run.Output);
        Assert.False(Directory.Exists(course.Output), "check must not write the site");
    }

    [Fact]
    public async Task Every_problem_is_listed_in_msbuild_format_and_the_exit_code_is_1()
    {
        using var course = Broken();
        var run = await CliProcess.RunAsync(["check", "--root", course.Root]);
        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.OutputLines.Concat(run.ErrorLines).ToList();
        var msbuild = new Regex(@"^(?<file>[^()]+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning) (?<code>[A-Z]+\d+): .+$");
        var problems = lines.Select(l => msbuild.Match(l)).Where(m => m.Success)
            .Select(m => $"{m.Groups["file"].Value}({m.Groups["line"].Value}): {m.Groups["severity"].Value} {m.Groups["code"].Value}").ToList();
        Assert.Contains("input/01_A.md(10): error MFM012", problems);   // missing image
        Assert.Contains("input/01_A.md(10): error MFM011", problems);   // missing anchor
        Assert.Contains("input/01_A.md(12): error MFM040", problems);   // invalid LaTeX
        Assert.Contains("input/02_B.md(10): error MFM013", problems);   // no alt text: an error for a check
        Assert.Contains("tests/snapshots/09_Gone.verified.txt(1): error MFM052", problems);
        Assert.DoesNotContain(lines, l => l.StartsWith("::", StringComparison.Ordinal));
        Assert.Contains("Check failed: 5 error(s)", run.Error);
    }

    [Fact]
    public async Task Under_CI_every_problem_is_also_a_GitHub_annotation()
    {
        using var course = Broken();
        var run = await CliProcess.RunAsync(["check", "--root", course.Root], new Dictionary<string, string?> { ["CI"] = "true" });
        Assert.Equal(1, run.ExitCode);
        var annotations = run.OutputLines.Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, annotations.Count);
        Assert.Contains(annotations, a => Regex.IsMatch(a, @"^::error file=input/01_A\.md,line=10,col=\d+,title=MFM012::image 'images/missing\.png' not found"));
        Assert.Contains(annotations, a => a.StartsWith("::error file=tests/snapshots/09_Gone.verified.txt,line=1,col=1,title=MFM052::", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_settings_are_exit_code_2()
    {
        using var course = new FixtureCourse().WithLesson("01_A", 1, "Prose.\n").WithFile("mathforml.yml", "title: [unclosed\n");
        var run = await CliProcess.RunAsync(["check", "--root", course.Root]);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Matches(@"mathforml\.yml\(\d+,\d+\): error MFM003", run.Error);
    }
}
