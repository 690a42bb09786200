using MathForML.Bench;

namespace MathForML.Tests.Bench;

public class PeerBenchTests
{
    // The line bench/peer/vitepress.mjs printed for the course (one run), after its progress on stderr.
    private const string Printed =
        """{"tool":"vitepress","version":"1.6.4","mathjax":"markdown-it-mathjax3@4","node":"v20.20.2","markdownFiles":28,"pagesBuilt":28,"sourcesWithMath":26,"pagesWithMath":26,"formulas":9458,"htmlFiles":30,"missing":[],"mathMissing":[],"runs":[305.65],"median":305.65}""";

    [Fact]
    public void The_scripts_last_line_is_read_as_the_result_and_a_complete_build_counts()
    {
        var result = PeerResult.Parse("npm notice something\n" + Printed + "\n");
        Assert.Equal(("1.6.4", 28, 28, 26, 26, 9458), (result.Version, result.MarkdownFiles, result.PagesBuilt, result.SourcesWithMath, result.PagesWithMath, result.Formulas));
        Assert.Equal([305.65], result.Runs);
        Assert.Null(result.Shortfall);
    }

    [Fact]
    public void A_missing_page_or_unrendered_math_makes_the_comparison_unfair()
    {
        var complete = PeerResult.Parse(Printed);
        var missing = complete with { PagesBuilt = 27, Missing = ["projects/Project_01_Eigenfaces.md"] };
        Assert.Contains("27 of 28 course pages built (missing: projects/Project_01_Eigenfaces.md)", missing.Shortfall);
        var noMath = complete with { PagesWithMath = 25, MathMissing = ["01_Vectors_and_Matrices.md"] };
        Assert.Contains("25 of 26 pages with math", noMath.Shortfall);
        Assert.NotNull((complete with { Runs = [] }).Shortfall);
    }

    [Fact]
    public void The_report_computes_the_speed_up_and_the_goals_verdict()
    {
        var peer = PeerResult.Parse(Printed) with { Runs = [200.0, 240.0, 260.0], Median = 240.0 };
        var met = PeerBench.Markdown([TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(55)], 555, peer, "Machine: test.");
        Assert.Contains("| `mathforml build --no-cache` | 555 cells run", met);
        Assert.Contains("| 3 | 55.00 s | 50.00, 60.00, 55.00 |", met); // the median, and every run in the order measured
        Assert.Contains("28 of 28 course pages built (30 HTML files with its home page and 404), math rendered on all 26", met);
        Assert.Contains("**mathforml is 4.4 × faster than VitePress cold** (goal ≥ 4 ×: met)", met);
        var notMet = PeerBench.Markdown([TimeSpan.FromSeconds(80)], 555, peer, "Machine: test.");
        Assert.Contains("3.0 × faster than VitePress cold** (goal ≥ 4 ×: not met)", notMet);
    }
}
