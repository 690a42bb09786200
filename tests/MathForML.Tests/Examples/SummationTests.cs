using MathForML.Examples;

namespace MathForML.Tests.Examples;

public class SummationTests
{
    [Fact]
    public void Compensated_sums_recover_what_the_naive_loop_loses()
    {
        var values = Enumerable.Repeat(0.1, 1_000_000).ToArray();
        var naive = Summation.Naive(values);
        Assert.True(Math.Abs(naive - 100_000) > 1e-7);
        Assert.Equal(100_000, Summation.Kahan(values), 9);
        Assert.Equal(100_000, Summation.Neumaier(values), 9);
        Assert.Equal(100_000, Summation.Pairwise(values), 8);
    }

    [Fact]
    public void Neumaier_handles_a_large_addend_that_defeats_Kahan()
    {
        double[] values = [1, 1e100, 1, -1e100];
        Assert.Equal(0, Summation.Kahan(values));
        Assert.Equal(2, Summation.Neumaier(values));
    }

    [Fact]
    public void A_half_precision_accumulator_stalls_and_compensation_rescues_it()
    {
        var ones = Enumerable.Repeat(1.0, 5000).ToArray();
        Assert.Equal(2048, Summation.Naive(ones, LowPrecision.ToHalf));
        Assert.Equal(5000, Summation.Kahan(ones, LowPrecision.ToHalf));
    }
}
