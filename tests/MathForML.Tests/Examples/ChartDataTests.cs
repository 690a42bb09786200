using MathForML.Examples;

namespace MathForML.Tests.Examples;

public class ChartDataTests
{
    [Fact]
    public void Rounded_rounds_each_value_to_the_given_decimals()
    {
        Assert.Equal([0.3333, 2.0, -1.2346], ChartData.Rounded([1.0 / 3, 2, -1.23456], 4));
        Assert.Equal([0.33, 0.67], ChartData.Rounded(new[] { 1.0, 2.0 }.Select(v => v / 3), 2));
        Assert.Equal([2.0, 4.0], ChartData.Rounded([2.5, 3.5], 0)); // ties to even, as Math.Round
        Assert.Empty(ChartData.Rounded([], 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartData.Rounded([1.0], -1));
    }

    [Fact]
    public void DensityHistogramOutline_is_a_step_line_over_the_bins()
    {
        double[] values = [0.1, 0.2, 0.6, 1.5, 1.9];
        var (x, y) = ChartData.DensityHistogramOutline(values, 0, 2, 4); // width 0.5
        Assert.Equal([0.0, 0.5, 0.5, 1.0, 1.0, 1.5, 1.5, 2.0], x);
        // counts 2, 1, 0, 2 over n · width = 5 · 0.5
        Assert.Equal([0.8, 0.8, 0.4, 0.4, 0.0, 0.0, 0.8, 0.8], y);
    }

    [Fact]
    public void DensityHistogramOutline_integrates_to_one()
    {
        var random = new Random(3);
        var values = Enumerable.Range(0, 10_000).Select(_ => 4 * random.NextDouble() - 2).ToArray();
        var (x, y) = ChartData.DensityHistogramOutline(values, -2, 2, 37);
        Assert.Equal(74, x.Length);
        Assert.Equal(74, y.Length);
        var area = Enumerable.Range(0, 37).Sum(k => (x[2 * k + 1] - x[2 * k]) * y[2 * k]);
        Assert.Equal(1.0, area, 12);
    }

    [Fact]
    public void DensityHistogramOutline_counts_outside_values_in_n_only()
    {
        // Half the values fall outside [0, 1): the outline's area is the fraction inside, 1/2.
        double[] values = [-3, 0.25, 0.75, 1.0, 7, double.NaN, 0.5, 0.0];
        var (x, y) = ChartData.DensityHistogramOutline(values, 0, 1, 2);
        var area = (x[1] - x[0]) * y[0] + (x[3] - x[2]) * y[2];
        Assert.Equal(0.5, area, 15);
        Assert.Equal(2 / (8 * 0.5), y[0]); // 0.25 and 0.0 in [0, 0.5)
        Assert.Equal(2 / (8 * 0.5), y[2]); // 0.75 and 0.5 in [0.5, 1); 1.0 is outside
    }

    [Fact]
    public void DensityHistogramOutline_rejects_an_empty_range_or_no_bins()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartData.DensityHistogramOutline([1.0], 0, 1, 0));
        Assert.Throws<ArgumentException>(() => ChartData.DensityHistogramOutline([1.0], 1, 1, 3));
    }
}
