using MathForML.Examples;
using MathForML.Tests.Support;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class AutodiffScalarTests
{
    private const double Tolerance = 1e-6; // relative error against central differences

    // Each operation with the double computation it must agree with, on inputs from its domain:
    // "any" is anywhere in [−2, 2], "positive" in [0.5, 2], "away from 0" with 0.2 ≤ |x| ≤ 2 (Relu, Abs).
    private static readonly Dictionary<string, (Func<Scalar[], Scalar> F, Func<double[], double> Reference, string Domain)> Operations = new()
    {
        ["a + b"] = (p => p[0] + p[1], p => p[0] + p[1], "any"),
        ["a − b"] = (p => p[0] - p[1], p => p[0] - p[1], "any"),
        ["−a"] = (p => -p[0], p => -p[0], "any"),
        ["a · b"] = (p => p[0] * p[1], p => p[0] * p[1], "any"),
        ["a / b"] = (p => p[0] / p[1], p => p[0] / p[1], "positive"),
        ["2a − 1 + a/3 (constants)"] = (p => 2 * p[0] - 1 + p[0] / 3, p => 2 * p[0] - 1 + p[0] / 3, "any"),
        ["a^2.5"] = (p => p[0].Pow(2.5), p => Math.Pow(p[0], 2.5), "positive"),
        ["a^−1.5"] = (p => p[0].Pow(-1.5), p => Math.Pow(p[0], -1.5), "positive"),
        ["a^3"] = (p => p[0].Pow(3), p => p[0] * p[0] * p[0], "any"),
        ["exp"] = (p => p[0].Exp(), p => Math.Exp(p[0]), "any"),
        ["log"] = (p => p[0].Log(), p => Math.Log(p[0]), "positive"),
        ["sqrt"] = (p => p[0].Sqrt(), p => Math.Sqrt(p[0]), "positive"),
        ["tanh"] = (p => p[0].Tanh(), p => Math.Tanh(p[0]), "any"),
        ["sigmoid"] = (p => p[0].Sigmoid(), p => 1 / (1 + Math.Exp(-p[0])), "any"),
        ["relu"] = (p => p[0].Relu(), p => Math.Max(0, p[0]), "away from 0"),
        ["sin"] = (p => p[0].Sin(), p => Math.Sin(p[0]), "any"),
        ["cos"] = (p => p[0].Cos(), p => Math.Cos(p[0]), "any"),
        ["abs"] = (p => p[0].Abs(), p => Math.Abs(p[0]), "away from 0"),
        ["Sum"] = (p => Scalar.Sum(p), p => p.Sum(), "any"),
        ["composite"] = (p => (p[0] * p[1]).Sin().Exp() / (1 + p[2].Pow(2)).Sqrt() - p[1].Tanh() * p[2],
            p => Math.Exp(Math.Sin(p[0] * p[1])) / Math.Sqrt(1 + p[2] * p[2]) - Math.Tanh(p[1]) * p[2], "any"),
    };

    public static TheoryData<string> OperationNames() => new(Operations.Keys);

    private static double[] RandomPoint(Random random, string domain) => [.. Enumerable.Range(0, 3).Select(_ => domain switch
    {
        "positive" => 0.5 + 1.5 * random.NextDouble(),
        "away from 0" => (random.Next(2) == 0 ? -1 : 1) * (0.2 + 1.8 * random.NextDouble()),
        _ => -2 + 4 * random.NextDouble(),
    })];

    [Theory]
    [MemberData(nameof(OperationNames))]
    public void Backward_rule_matches_central_differences(string name)
    {
        var (f, reference, domain) = Operations[name];
        var random = new Random(name.Length * 7919 + 17); // seeded, different per operation
        for (var trial = 0; trial < 5; trial++)
        {
            var x = RandomPoint(random, domain);
            var (value, gradient) = Autodiff.ValueAndGradient(f, x);
            Assert.Equal(reference(x), value, 12);
            var numerical = GradientCheck.NumericalGradient(v => reference([.. v]), Vector<double>.Build.Dense(x));
            var error = GradientCheck.RelativeError(Vector<double>.Build.Dense(gradient), numerical);
            Assert.True(error < Tolerance, $"{name} at ({string.Join(", ", x)}): relative error {error}");
        }
    }

    [Fact]
    public void Rosenbrock_gradient_at_the_classic_start_is_the_analytic_one()
    {
        // f = (1 − x)² + 100(y − x²)²: ∇f = (−2(1 − x) − 400x(y − x²), 200(y − x²)) = (−215.6, −88) at (−1.2, 1).
        var (value, gradient) = Autodiff.ValueAndGradient(p => (1 - p[0]).Pow(2) + 100 * (p[1] - p[0].Pow(2)).Pow(2), -1.2, 1.0);
        Assert.Equal(24.2, value, 12);
        Assert.Equal(-215.6, gradient[0], 10);
        Assert.Equal(-88.0, gradient[1], 10);
    }

    [Fact]
    public void A_node_used_twice_receives_the_sum_of_its_gradients()
    {
        var x = new Scalar(3);
        var y = x * x + x;                      // dy/dx = 2x + 1 = 7
        y.Backward();
        Assert.Equal(7, x.Grad, 12);

        var a = new Scalar(1.5);
        var twice = 2 * a;
        var z = twice * twice.Exp();             // z = u·eᵘ with u = 2a: dz/da = 2(1 + u)eᵘ
        z.Backward();
        Assert.Equal(2 * (1 + 3) * Math.Exp(3), a.Grad, 9);
        Assert.Equal((1 + 3) * Math.Exp(3), twice.Grad, 9);
    }

    [Fact]
    public void Grad_is_zero_before_Backward_and_one_on_the_output()
    {
        var x = new Scalar(2);
        var y = x.Sin();
        Assert.Equal(0, x.Grad);
        Assert.Equal(0, y.Grad);
        y.Backward();
        Assert.Equal(1, y.Grad);
        Assert.Equal(Math.Cos(2), x.Grad, 14);
    }

    [Fact]
    public void Backward_again_or_on_a_new_graph_over_the_same_leaf_starts_from_zero()
    {
        var w = new Scalar(0.5);
        var loss = (w - 2).Pow(2);               // d/dw = 2(w − 2) = −3
        loss.Backward();
        loss.Backward();
        Assert.Equal(-3, w.Grad, 12);
        var other = 10 * w;                      // a fresh graph over the same leaf
        other.Backward();
        Assert.Equal(10, w.Grad, 12);
    }

    [Fact]
    public void A_chain_of_ten_thousand_additions_does_not_overflow_the_stack()
    {
        var gradient = SmallStack.Run(() =>
        {
            var x = new Scalar(1);
            var y = x;
            for (var i = 0; i < 10_000; i++) y = y + x;
            y.Backward();
            return x.Grad;
        });
        Assert.Equal(10_001, gradient);
    }

    [Fact]
    public void Sum_of_many_terms_is_one_node()
    {
        var terms = Enumerable.Range(0, 1000).Select(i => new Scalar(i)).ToArray();
        var total = Scalar.Sum(terms.Select(t => t * t));   // d/dtᵢ = 2tᵢ
        total.Backward();
        Assert.Equal(Enumerable.Range(0, 1000).Sum(i => (double)i * i), total.Value);
        Assert.All(terms, t => Assert.Equal(2 * t.Value, t.Grad));
    }

    [Fact]
    public void ToString_shows_value_and_grad_in_the_invariant_culture()
    {
        var x = new Scalar(0.5);
        var y = x * x * x;                       // dy/dx = 3x² = 0.75
        y.Backward();
        Assert.Equal("Scalar(value=0.125, grad=1)", y.ToString());
        Assert.Equal("Scalar(value=0.5, grad=0.75)", x.ToString());
        Assert.Equal("Scalar(value=0.333333, grad=0)", new Scalar(1.0 / 3).ToString());
    }

    [Fact]
    public void Operations_reject_null_inputs()
    {
        Assert.Throws<ArgumentNullException>(() => Scalar.Sum(null!));
        Assert.Throws<ArgumentNullException>(() => Scalar.Sum([new Scalar(1), null!]));
        Assert.Throws<ArgumentNullException>(() => Autodiff.ValueAndGradient((Func<Scalar[], Scalar>)null!, 1.0));
    }
}
