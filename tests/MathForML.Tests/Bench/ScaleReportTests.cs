using MathForML.Bench;

namespace MathForML.Tests.Bench;

public class ScaleReportTests
{
    [Fact]
    public void Exponents_read_linear_sublinear_and_quadratic_growth()
    {
        var exponents = ScaleReport.Exponents([(25, 20.0), (50, 40.0), (100, 60.0), (200, 240.0)]);
        Assert.Equal(3, exponents.Count);
        Assert.Equal(1.0, exponents[0], 6); // twice the lessons, twice the time
        Assert.Equal(Math.Log(1.5, 2), exponents[1], 6); // a fixed cost spread over more lessons
        Assert.Equal(2.0, exponents[2], 6); // four times the time for twice the lessons
    }

    [Theory]
    [InlineData(new[] { 1.0, 0.4 }, true)]
    [InlineData(new[] { 1.1, 0.0 }, true)]
    [InlineData(new[] { 0.9, 1.2 }, false)]
    public void Linear_or_better_allows_only_the_noise_tolerance(double[] exponents, bool expected) =>
        Assert.Equal(expected, ScaleReport.LinearOrBetter(exponents));

    [Fact]
    public void Nice_axis_tops_are_1_2_2point5_or_5_times_a_power_of_ten()
    {
        Assert.Equal([1, 2, 2.5, 5, 10, 50, 0.2], new[] { 0.9, 1.7, 2.1, 4.2, 9.0, 42.0, 0.17 }.Select(SvgLineChart.NiceMax));
    }
}

public class BenchmarkDocTests
{
    [Fact]
    public void A_new_section_is_appended_and_a_measured_one_replaced_leaving_the_rest()
    {
        var doc = "# Build benchmarks\n\n<!-- bench:classic:start -->\nold classic\n<!-- bench:classic:end -->\n\n## Notes\n\nBy hand.\n";
        var withScale = BenchmarkDoc.Replace(doc, "scale", "scale v1\n");
        Assert.Equal(doc + "\n<!-- bench:scale:start -->\nscale v1\n<!-- bench:scale:end -->\n", withScale);
        var again = BenchmarkDoc.Replace(withScale, "classic", "new classic");
        Assert.Equal(withScale.Replace("old classic", "new classic"), again);
    }

    [Fact]
    public void A_section_with_one_marker_is_an_error_not_a_duplicate() =>
        Assert.Throws<InvalidOperationException>(() => BenchmarkDoc.Replace("<!-- bench:scale:start -->\nx\n", "scale", "y"));
}

public class BenchOptionsTests
{
    [Fact]
    public void Defaults_measure_the_classic_part_with_the_naive_baseline_and_the_scale_part_at_1_2_4()
    {
        var options = BenchOptions.Parse(["/repo", "/cli"]);
        Assert.Equal(("/repo", "/cli", true, true, true, false), (options.Repo, options.Cli, options.Classic, options.Naive, options.Scale, options.Peer));
        Assert.Equal([1, 2, 4], options.ScaleFactors);
    }

    [Fact]
    public void Switches_choose_the_parts()
    {
        var options = BenchOptions.Parse(["/repo", "/cli", "--scale-only", "--scale", "2, 1", "--peer"]);
        Assert.Equal((false, true, true), (options.Classic, options.Scale, options.Peer));
        Assert.Equal([1, 2], options.ScaleFactors);
        Assert.False(BenchOptions.Parse(["--skip-naive"]).Naive);
        Assert.Equal((false, false, true), (BenchOptions.Parse(["--peer-only"]) is var p ? (p.Classic, p.Scale, p.Peer) : default));
        Assert.False(BenchOptions.Parse(["--peer-only"]).AsTyped);
        Assert.True(BenchOptions.Parse([]).AsTyped);
        Assert.False(BenchOptions.Parse(["--skip-as-typed"]).AsTyped);
        Assert.Equal((false, false, false, true), (BenchOptions.Parse(["--as-typed-only"]) is var t ? (t.Classic, t.Scale, t.Peer, t.AsTyped) : default));
    }

    [Theory]
    [InlineData("--scale", "0,2")]
    [InlineData("--scale", "two")]
    [InlineData("--peer-runs", "-1")]
    [InlineData("--fast", "")]
    public void Bad_switches_are_usage_errors(string flag, string value) =>
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(value.Length == 0 ? [flag] : [flag, value]));
}
