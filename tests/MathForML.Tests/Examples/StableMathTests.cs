using MathForML.Examples;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class StableMathTests
{
    private static readonly VectorBuilder<double> V = Vector<double>.Build;

    // log(1 + e⁻¹ + e⁻²), the log-sum-exp of [0, 1, 2] shifted down by 2.
    private static readonly double LogOfOnePlusEMinusOnePlusEMinusTwo = Math.Log(1 + Math.Exp(-1) + Math.Exp(-2));

    [Fact]
    public void LogSumExp_of_huge_logits_is_the_largest_plus_a_small_correction()
    {
        double[] logits = [1000, 1001, 1002];
        Assert.True(double.IsPositiveInfinity(Math.Log(logits.Sum(Math.Exp)))); // the naive formula overflows
        Assert.Equal(1002 + LogOfOnePlusEMinusOnePlusEMinusTwo, StableMath.LogSumExp(logits), 12);
        Assert.Equal(1002 + LogOfOnePlusEMinusOnePlusEMinusTwo, StableMath.LogSumExp(V.Dense(logits)), 12);
        Assert.Equal(1002.4076059644443, StableMath.LogSumExp(logits), 12);
    }

    [Fact]
    public void LogSumExp_of_very_negative_logits_does_not_underflow_to_minus_infinity()
    {
        double[] logits = [-1000, -1001];
        Assert.True(double.IsNegativeInfinity(Math.Log(logits.Sum(Math.Exp))));
        var expected = -1000 + Math.Log(1 + Math.Exp(-1));
        Assert.Equal(expected, StableMath.LogSumExp(logits), 12);
        Assert.Equal(expected, StableMath.LogSumExp(V.Dense(logits)), 12);
        Assert.Equal(expected, StableMath.LogSumExp(-1000, -1001), 12);
        Assert.Equal(expected, StableMath.LogSumExp(-1001, -1000), 12);
    }

    [Fact]
    public void LogSumExp_matches_the_naive_formula_where_that_is_safe()
    {
        double[] logits = [0.5, -1.25, 2, 0];
        var naive = Math.Log(logits.Sum(Math.Exp));
        Assert.Equal(naive, StableMath.LogSumExp(logits), 14);
        Assert.Equal(naive, StableMath.LogSumExp(V.Dense(logits)), 14);
        Assert.Equal(naive, StableMath.LogSumExp(logits.Where(_ => true)), 14); // a lazy sequence
        Assert.Equal(Math.Log(Math.Exp(0.3) + Math.Exp(-0.7)), StableMath.LogSumExp(0.3, -0.7), 15);
        Assert.Equal(Math.Log(2), StableMath.LogSumExp(0, 0), 15);
        Assert.Equal(7.0, StableMath.LogSumExp([7.0]));
    }

    [Fact]
    public void LogSumExp_handles_infinities_and_empty_input()
    {
        var inf = double.PositiveInfinity;
        Assert.Equal(double.NegativeInfinity, StableMath.LogSumExp(Array.Empty<double>()));
        Assert.Equal(double.NegativeInfinity, StableMath.LogSumExp([-inf, -inf]));
        Assert.Equal(double.NegativeInfinity, StableMath.LogSumExp(V.Dense([-inf, -inf])));
        Assert.Equal(double.NegativeInfinity, StableMath.LogSumExp(-inf, -inf));
        Assert.Equal(3.0, StableMath.LogSumExp([-inf, 3.0]));
        Assert.Equal(3.0, StableMath.LogSumExp(-inf, 3.0));
        Assert.Equal(inf, StableMath.LogSumExp([1.0, inf]));
        Assert.Equal(inf, StableMath.LogSumExp(V.Dense([1.0, inf])));
        Assert.Equal(inf, StableMath.LogSumExp(inf, 1.0));
        Assert.True(double.IsNaN(StableMath.LogSumExp(double.NaN, 1.0)));
    }

    [Fact]
    public void Softmax_of_huge_logits_is_finite_and_shift_invariant()
    {
        var z = V.Dense([1000.0, 1001.0, 1002.0]);
        var s = StableMath.Softmax(z);
        var e = new[] { Math.Exp(-2), Math.Exp(-1), 1.0 };
        var total = e.Sum();
        for (var k = 0; k < 3; k++) Assert.Equal(e[k] / total, s[k], 15);
        Assert.Equal(1.0, s.Sum(), 15);
        var shifted = StableMath.Softmax(z - 1000);
        for (var k = 0; k < 3; k++) Assert.Equal(shifted[k], s[k], 15);
    }

    [Fact]
    public void Softmax_is_the_gradient_of_LogSumExp()
    {
        var z = V.Dense([0.3, -1.2, 2.0, 0.7]);
        var gradient = FiniteDifferences.Gradient(StableMath.LogSumExp, z);
        var s = StableMath.Softmax(z);
        for (var k = 0; k < z.Count; k++) Assert.Equal(s[k], gradient[k], 9);
    }

    [Fact]
    public void Sigmoid_known_values_and_symmetry()
    {
        Assert.Equal(0.5, StableMath.Sigmoid(0));
        Assert.Equal(1 / (1 + Math.Exp(-2)), StableMath.Sigmoid(2), 15);
        Assert.Equal(1 / (1 + Math.Exp(3)), StableMath.Sigmoid(-3), 15);
        foreach (var t in new[] { 0.1, 1.0, 5.0, 20.0 })
            Assert.Equal(1.0, StableMath.Sigmoid(t) + StableMath.Sigmoid(-t), 15);
    }

    [Fact]
    public void Sigmoid_of_very_negative_input_is_tiny_not_NaN()
    {
        var tiny = StableMath.Sigmoid(-700);
        Assert.True(tiny > 0);
        Assert.Equal(1.0, tiny / Math.Exp(-700), 12); // σ(t) ≈ eᵗ for t ≪ 0, digits kept
        var underflowed = StableMath.Sigmoid(-800);
        Assert.False(double.IsNaN(underflowed));
        Assert.True(underflowed >= 0);
        Assert.Equal(1.0, StableMath.Sigmoid(800));
        Assert.Equal(0.0, StableMath.Sigmoid(double.NegativeInfinity));
        Assert.Equal(1.0, StableMath.Sigmoid(double.PositiveInfinity));
        Assert.True(double.IsNaN(StableMath.Sigmoid(double.NaN)));
    }

    [Fact]
    public void Softplus_is_finite_at_both_extremes()
    {
        Assert.True(double.IsPositiveInfinity(Math.Log(1 + Math.Exp(800.0)))); // the naive formula
        Assert.Equal(800.0, StableMath.Softplus(800));
        Assert.Equal(0.0, StableMath.Softplus(-800)); // e⁻⁸⁰⁰ is below the smallest double
        Assert.True(StableMath.Softplus(-700) > 0);
        Assert.Equal(double.PositiveInfinity, StableMath.Softplus(double.PositiveInfinity));
        Assert.Equal(0.0, StableMath.Softplus(double.NegativeInfinity));
    }

    [Fact]
    public void Softplus_keeps_the_digits_of_tiny_values()
    {
        Assert.Equal(0.0, Math.Log(1 + Math.Exp(-40.0))); // the naive formula loses everything
        // log(1 + u) = u − u²/2 + u³/3 − …, so for u = e⁻⁴⁰ softplus(−40) = u to full precision.
        var u = Math.Exp(-40.0);
        Assert.Equal(1.0, StableMath.Softplus(-40) / u, 15);
        var v = Math.Exp(-20.0);
        Assert.Equal(1.0, StableMath.Softplus(-20) / (v - v * v / 2), 15);
    }

    [Fact]
    public void Softplus_known_values_and_its_derivative_is_the_sigmoid()
    {
        Assert.Equal(Math.Log(2), StableMath.Softplus(0), 15);
        Assert.Equal(Math.Log(1 + Math.Exp(1.5)), StableMath.Softplus(1.5), 15);
        Assert.Equal(Math.Log(1 + Math.Exp(-2.5)), StableMath.Softplus(-2.5), 15);
        foreach (var t in new[] { 3.0, 30.0 })
            Assert.Equal(t, StableMath.Softplus(t) - StableMath.Softplus(-t), 13); // softplus(t) − softplus(−t) = t
        foreach (var t in new[] { -4.0, -0.5, 0.0, 1.0, 6.0 })
            Assert.Equal(StableMath.Sigmoid(t), FiniteDifferences.Derivative(StableMath.Softplus, t), 9);
    }
}
