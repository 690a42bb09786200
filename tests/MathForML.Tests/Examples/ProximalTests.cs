using MathForML.Examples;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class ProximalTests
{
    private static (Matrix<double> A, Vector<double> B) Problem()
    {
        var normal = new Normal(0, 1, new Random(3));
        var a = Matrix<double>.Build.Dense(30, 10, (_, _) => normal.Sample());
        var truth = Vector<double>.Build.Dense([3.0, 0, 0, -2, 0, 0, 0, 1.5, 0, 0]);
        return (a, a * truth + Vector<double>.Build.Dense(30, _ => 0.1 * normal.Sample()));
    }

    [Fact]
    public void Ista_and_fista_reach_the_same_minimizer_and_close_the_gap()
    {
        var (a, b) = Problem();
        var step = 1 / Proximal.SmoothnessConstant(a);
        var ista = Proximal.Ista(a, b, 2.0, step, 3000)[^1];
        var fista = Proximal.Fista(a, b, 2.0, step, 500)[^1];
        Assert.True((ista - fista).InfinityNorm() < 1e-8);
        Assert.True(Proximal.LassoDualityGap(a, b, fista, 2.0) < 1e-9);
    }

    [Fact]
    public void The_minimizer_satisfies_the_subgradient_condition()
    {
        var (a, b) = Problem();
        var lambda = 2.0;
        var x = Proximal.Fista(a, b, lambda, 1 / Proximal.SmoothnessConstant(a), 800)[^1];
        var g = a.TransposeThisAndMultiply(b - a * x); // must be λ sign(xᵢ) on the support, in [−λ, λ] off it
        for (var i = 0; i < x.Count; i++)
        {
            if (x[i] != 0) Assert.Equal(lambda * Math.Sign(x[i]), g[i], 6);
            else Assert.True(Math.Abs(g[i]) <= lambda + 1e-6);
        }
    }

    [Fact]
    public void The_gap_is_never_negative_and_bounds_the_suboptimality()
    {
        var (a, b) = Problem();
        var step = 1 / Proximal.SmoothnessConstant(a);
        var best = Proximal.LassoObjective(a, b, Proximal.Fista(a, b, 1.0, step, 2000)[^1], 1.0);
        foreach (var x in Proximal.Ista(a, b, 1.0, step, 50))
        {
            var gap = Proximal.LassoDualityGap(a, b, x, 1.0);
            Assert.True(gap >= -1e-12);
            Assert.True(Proximal.LassoObjective(a, b, x, 1.0) - best <= gap + 1e-12);
        }
    }

    [Fact]
    public void Above_lambda_max_the_solution_is_zero()
    {
        var (a, b) = Problem();
        var lambdaMax = a.TransposeThisAndMultiply(b).InfinityNorm();
        var x = Proximal.Ista(a, b, 1.01 * lambdaMax, 1 / Proximal.SmoothnessConstant(a), 200)[^1];
        Assert.Equal(0.0, x.InfinityNorm());
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        var (a, b) = Problem();
        Assert.Throws<ArgumentOutOfRangeException>(() => Proximal.Ista(a, b, -1, 0.1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proximal.Fista(a, b, 1, 0, 10));
        Assert.Throws<ArgumentException>(() => Proximal.Ista(a, b.SubVector(0, 5), 1, 0.1, 10));
    }
}

public class SupportVectorDualTests
{
    private static (Matrix<double> X, double[] Y) Points() =>
        (Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 2 }, { 3, 3 }, { 2, 3 }, { 0, 0 }, { -1, 0 }, { 0, -1 } }),
            [1, 1, 1, -1, -1, -1]);

    [Fact]
    public void Separable_points_give_the_hard_margin_answer()
    {
        // Closest points (2,2) and (0,0): w = (1/2, 1/2), b = −1, margin 2/‖w‖ = 2√2, Σα = ‖w‖² = 1/2.
        var (x, y) = Points();
        var states = SupportVectorDual.Smo(x * x.Transpose(), y, c: 100);
        var last = states[^1];
        var w = SupportVectorDual.Weights(x, y, last.Alpha);
        Assert.Equal(0.5, w[0], 8);
        Assert.Equal(0.5, w[1], 8);
        Assert.Equal(-1.0, last.Bias, 8);
        Assert.Equal(0.5, last.Alpha.Sum(), 8);
        Assert.True(last.Gap < 1e-8);
    }

    [Fact]
    public void Every_state_is_feasible_and_the_gap_never_negative()
    {
        var (x, y) = Points();
        foreach (var state in SupportVectorDual.Smo(x * x.Transpose(), y, c: 0.1))
        {
            Assert.True(state.Gap >= -1e-12);
            Assert.All(state.Alpha, a => Assert.InRange(a, 0, 0.1 + 1e-15));
            Assert.Equal(0.0, state.Alpha.Select((a, i) => a * y[i]).Sum(), 12);
        }
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        var (x, y) = Points();
        Assert.Throws<ArgumentException>(() => SupportVectorDual.Smo(x * x.Transpose(), [1, 2, 1, -1, -1, -1], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SupportVectorDual.Smo(x * x.Transpose(), y, 0));
    }
}
