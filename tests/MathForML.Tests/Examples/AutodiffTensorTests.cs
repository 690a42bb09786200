using MathForML.Examples;
using MathForML.Tests.Support;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class AutodiffTensorTests
{
    private const double Tolerance = 1e-6; // relative error against central differences
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;
    private static readonly VectorBuilder<double> V = Vector<double>.Build;

    private static Matrix<double> Any(Random r, int rows, int columns) => M.Dense(rows, columns, (_, _) => -2 + 4 * r.NextDouble());
    private static Matrix<double> Positive(Random r, int rows, int columns) => M.Dense(rows, columns, (_, _) => 0.5 + 1.5 * r.NextDouble());
    private static Matrix<double> AwayFromZero(Random r, int rows, int columns) =>
        M.Dense(rows, columns, (_, _) => (r.Next(2) == 0 ? -1 : 1) * (0.2 + 1.8 * r.NextDouble()));

    private static readonly int[] Labels = [2, 0, 1, 2];

    // Each operation applied to inputs drawn (seeded) from its domain.
    private static readonly Dictionary<string, (Func<Tensor[], Tensor> F, Func<Random, Matrix<double>[]> Inputs)> Operations = new()
    {
        ["A + B"] = (t => t[0] + t[1], r => [Any(r, 4, 3), Any(r, 4, 3)]),
        ["A + bias row"] = (t => t[0] + t[1], r => [Any(r, 4, 3), Any(r, 1, 3)]),
        ["A + 1×1"] = (t => t[0] + t[1], r => [Any(r, 4, 3), Any(r, 1, 1)]),
        ["1×1 + A"] = (t => t[0] + t[1], r => [Any(r, 1, 1), Any(r, 4, 3)]),
        ["A − B"] = (t => t[0] - t[1], r => [Any(r, 4, 3), Any(r, 4, 3)]),
        ["A − bias row"] = (t => t[0] - t[1], r => [Any(r, 4, 3), Any(r, 1, 3)]),
        ["A − 1×1"] = (t => t[0] - t[1], r => [Any(r, 4, 3), Any(r, 1, 1)]),
        ["1×1 − A"] = (t => t[0] - t[1], r => [Any(r, 1, 1), Any(r, 4, 3)]),
        ["−A"] = (t => -t[0], r => [Any(r, 4, 3)]),
        ["A B (matrix product)"] = (t => t[0] * t[1], r => [Any(r, 4, 3), Any(r, 3, 2)]),
        ["A x (matrix times column)"] = (t => t[0] * t[1], r => [Any(r, 4, 3), Any(r, 3, 1)]),
        ["xᵀ A x"] = (t => t[1].Transpose() * t[0] * t[1], r => [Any(r, 3, 3), Any(r, 3, 1)]),
        ["1×1 · A"] = (t => t[0] * t[1], r => [Any(r, 1, 1), Any(r, 4, 3)]),
        ["A · 1×1"] = (t => t[0] * t[1], r => [Any(r, 4, 3), Any(r, 1, 1)]),
        ["c·A, A·c, A/c"] = (t => 2.5 * t[0] + t[0] * -0.5 + t[0] / 4, r => [Any(r, 4, 3)]),
        ["A ⊙ B"] = (t => t[0].Hadamard(t[1]), r => [Any(r, 4, 3), Any(r, 4, 3)]),
        ["Aᵀ"] = (t => t[0].Transpose(), r => [Any(r, 4, 3)]),
        ["Aᵀ B"] = (t => t[0].Transpose() * t[1], r => [Any(r, 4, 3), Any(r, 4, 2)]),
        ["At(2, 1) and At(0)"] = (t => t[0].At(2, 1) * t[0].At(0), r => [Any(r, 4, 3)]),
        ["exp"] = (t => t[0].Exp(), r => [Any(r, 4, 3)]),
        ["log"] = (t => t[0].Log(), r => [Positive(r, 4, 3)]),
        ["tanh"] = (t => t[0].Tanh(), r => [Any(r, 4, 3)]),
        ["sigmoid"] = (t => t[0].Sigmoid(), r => [Any(r, 4, 3)]),
        ["relu"] = (t => t[0].Relu(), r => [AwayFromZero(r, 4, 3)]),
        ["square"] = (t => t[0].Square(), r => [Any(r, 4, 3)]),
        ["pow 2.5"] = (t => t[0].Pow(2.5), r => [Positive(r, 4, 3)]),
        ["pow −1"] = (t => t[0].Pow(-1), r => [Positive(r, 4, 3)]),
        ["Sum"] = (t => t[0].Sum(), r => [Any(r, 4, 3)]),
        ["Mean"] = (t => t[0].Mean(), r => [Any(r, 4, 3)]),
        ["SumRows"] = (t => t[0].SumRows(), r => [Any(r, 4, 3)]),
        ["SoftmaxRows"] = (t => t[0].SoftmaxRows(), r => [Any(r, 4, 3)]),
        ["LogSoftmaxRows"] = (t => t[0].LogSoftmaxRows(), r => [Any(r, 4, 3)]),
        ["CrossEntropy"] = (t => Tensor.CrossEntropy(t[0], Labels), r => [Any(r, 4, 3)]),
        ["CrossEntropy of large logits"] = (t => Tensor.CrossEntropy(t[0], Labels), r => [500 + Any(r, 4, 3)]),
    };

    public static TheoryData<string> OperationNames() => new(Operations.Keys);

    /// <summary>
    /// Checks ∂L/∂inputᵢ from Backward against central differences, for L = Σ R ⊙ f(inputs) with a fixed
    /// random R: a random G = R flowing into f's backward rule, so that a wrong transpose or a missing
    /// sum cannot hide behind a G of all ones.
    /// </summary>
    private static void CheckAgainstFiniteDifferences(string name, Func<Tensor[], Tensor> f, Matrix<double>[] inputs, Random random)
    {
        var shape = f([.. inputs.Select(x => new Tensor(x))]).Value;
        var R = new Tensor(Any(random, shape.RowCount, shape.ColumnCount));
        double Loss(Matrix<double>[] xs) => f([.. xs.Select(x => new Tensor(x))]).Hadamard(R).Sum().Item;

        var leaves = inputs.Select(x => new Tensor(x)).ToArray();
        var loss = f(leaves).Hadamard(R).Sum();
        loss.Backward();
        Assert.Equal(Loss(inputs), loss.Item, 12);
        for (var k = 0; k < inputs.Length; k++)
        {
            var numerical = GradientCheck.NumericalGradient(X => Loss([.. inputs.Select((x, i) => i == k ? X : x)]), inputs[k]);
            Assert.Equal((inputs[k].RowCount, inputs[k].ColumnCount), (leaves[k].Grad.RowCount, leaves[k].Grad.ColumnCount));
            var error = GradientCheck.RelativeError(leaves[k].Grad, numerical);
            Assert.True(error < Tolerance, $"{name}, argument {k}: relative error {error}");
        }
    }

    [Theory]
    [MemberData(nameof(OperationNames))]
    public void Backward_rule_matches_central_differences(string name)
    {
        var (f, inputs) = Operations[name];
        var random = new Random(name.Length * 7919 + 3); // seeded, different per operation
        for (var trial = 0; trial < 3; trial++)
            CheckAgainstFiniteDifferences(name, f, inputs(random), random);
    }

    [Fact]
    public void Forward_values_match_MathNet()
    {
        var r = new Random(1);
        var (A, B, bias) = (Any(r, 3, 2), Any(r, 2, 4), Any(r, 1, 4));
        var AB = new Tensor(A) * new Tensor(B);
        Assert.Equal(A * B, AB.Value);
        var shifted = AB + new Tensor(bias);
        Assert.Equal(A * B + M.Dense(3, 1, 1.0) * bias, shifted.Value);
        Assert.Equal((A * B).ColumnSums(), AB.SumRows().Value.Row(0));
        var softmax = AB.SoftmaxRows().Value;
        Assert.All(softmax.RowSums(), s => Assert.Equal(1, s, 14));
        Assert.Equal(Math.Exp(A[1, 0]) / A.Row(1).Sum(Math.Exp), new Tensor(A).SoftmaxRows().Value[1, 0], 14);
        Assert.True(LinearAlgebraChecks.MaxAbsDiff(softmax.Map(Math.Log), AB.LogSoftmaxRows().Value) < 1e-12);
    }

    [Fact]
    public void Softmax_and_cross_entropy_survive_huge_logits()
    {
        var Z = new Tensor(M.DenseOfArray(new[,] { { 1000.0, 0.0, -1000.0 }, { -1000.0, 1000.0, 999.0 } }));
        var P = Z.SoftmaxRows().Value;
        Assert.Equal(1, P[0, 0], 14);
        Assert.Equal(1 / (1 + Math.Exp(-1)), P[1, 1], 14);
        var logP = Z.LogSoftmaxRows().Value;
        Assert.Equal(-2000, logP[0, 2], 9);
        var loss = Tensor.CrossEntropy(Z, [2, 1]);  // (2000 + log(1 + e⁻¹))/2
        Assert.Equal((2000 + Math.Log(1 + Math.Exp(-1))) / 2, loss.Item, 9);
        loss.Backward();
        Assert.True(Z.Grad.Enumerate().All(double.IsFinite));
        Assert.Equal(-0.5, Z.Grad[0, 2], 14);       // (P − Y)/n at the labelled entry of row 0
    }

    [Fact]
    public void Broadcast_operands_sum_their_gradients()
    {
        var A = new Tensor(M.Dense(4, 3, (i, j) => i + 10 * j));
        var bias = new Tensor(M.Dense(1, 3, 0.5));
        var c = Tensor.Constant(2);
        var loss = ((A + bias) * c).Sum();           // ∂/∂bias = 2 per row summed over 4 rows; ∂/∂c = Σ(A + bias)
        loss.Backward();
        Assert.Equal(M.Dense(1, 3, 8.0), bias.Grad);
        Assert.Equal((A.Value + 0.5).Enumerate().Sum(), c.Grad[0, 0], 12);
        Assert.Equal(M.Dense(4, 3, 2.0), A.Grad);
    }

    [Fact]
    public void A_tensor_used_twice_receives_the_sum_of_its_gradients()
    {
        var r = new Random(2);
        var W = new Tensor(Any(r, 3, 3));
        var loss = (W * W).Sum() + W.Sum();          // ∂/∂W = 1 Wᵀ... : G Wᵀ + Wᵀ G + 1 with G = 1
        loss.Backward();
        var ones = M.Dense(3, 3, 1.0);
        var expected = ones.TransposeAndMultiply(W.Value) + W.Value.TransposeThisAndMultiply(ones) + ones;
        Assert.True(GradientCheck.RelativeError(expected, W.Grad) < 1e-14);
    }

    [Fact]
    public void Grad_is_zeros_of_the_right_shape_before_Backward_and_reset_by_it()
    {
        var x = Tensor.FromVector(V.Dense([1.0, 2.0, 3.0]));
        Assert.Equal(M.Dense(3, 1), x.Grad);
        var loss = x.Square().Sum();                 // ∂/∂x = 2x
        loss.Backward();
        loss.Backward();
        Assert.Equal(M.Dense(3, 1, (i, _) => 2.0 * (i + 1)), x.Grad);
        (3 * x.Sum()).Backward();                    // a fresh graph over the same leaf
        Assert.Equal(M.Dense(3, 1, 3.0), x.Grad);
    }

    [Fact]
    public void Leaves_keep_a_copy_of_their_matrix()
    {
        var m = M.Dense(2, 2, 1.0);
        var t = new Tensor(m);
        m[0, 0] = 5;
        Assert.Equal(1, t.Value[0, 0]);
        Assert.Equal((2, 2), (t.Rows, t.Columns));
        Assert.Equal(7, Tensor.Constant(7).Item);
    }

    [Fact]
    public void A_chain_of_ten_thousand_additions_does_not_overflow_the_stack()
    {
        var gradient = SmallStack.Run(() =>
        {
            var x = Tensor.Constant(1);
            var y = x;
            for (var i = 0; i < 10_000; i++) y = y + x;
            y.Backward();
            return x.Grad;
        });
        Assert.Equal(10_001, gradient[0, 0]);
    }

    [Fact]
    public void Shape_errors_throw_ArgumentException_with_the_shapes()
    {
        var (a, b, row) = (new Tensor(M.Dense(2, 3)), new Tensor(M.Dense(3, 2)), new Tensor(M.Dense(1, 3)));
        var add = Assert.Throws<ArgumentException>(() => a + b);
        Assert.Contains("Cannot add a 2×3 and a 3×2 tensor", add.Message);
        Assert.Contains("Cannot subtract a 1×3 and a 2×3 tensor", Assert.Throws<ArgumentException>(() => row - a).Message);
        var product = Assert.Throws<ArgumentException>(() => a * a);
        Assert.Contains("Cannot multiply a 2×3 tensor by a 2×3 one: the inner dimensions 3 and 2 differ", product.Message);
        Assert.Contains("2×3 and 3×2", Assert.Throws<ArgumentException>(() => a.Hadamard(b)).Message);
        Assert.Contains("3 labels for 2 rows", Assert.Throws<ArgumentException>(() => Tensor.CrossEntropy(a, [0, 1, 2])).Message);
        Assert.ThrowsAny<ArgumentException>(() => Tensor.CrossEntropy(a, [0, 3]));
        Assert.ThrowsAny<ArgumentException>(() => a.At(2, 0));
        Assert.ThrowsAny<ArgumentException>(() => a.At(0, -1));
    }

    [Fact]
    public void Backward_and_Item_need_a_1x1_tensor()
    {
        var a = new Tensor(M.Dense(2, 3));
        var backward = Assert.Throws<InvalidOperationException>(a.Backward);
        Assert.Contains("1×1", backward.Message);
        Assert.Contains("2×3", backward.Message);
        Assert.Throws<InvalidOperationException>(() => a.Item);
    }

    [Fact]
    public void ValueAndGradient_of_a_quadratic_form()
    {
        var A = M.DenseOfArray(new[,] { { 2.0, 1.0 }, { 0.0, 3.0 } });
        var x = V.Dense([1.0, 2.0]);
        var (value, gradient) = Autodiff.ValueAndGradient(t => 0.5 * (t.Transpose() * new Tensor(A) * t), x);
        Assert.Equal(0.5 * (x * A * x), value, 14);
        Assert.True(GradientCheck.RelativeError(0.5 * (A + A.Transpose()) * x, gradient) < 1e-15);
    }

    [Fact]
    public void ValueAndGradient_of_Rosenbrock_with_tensors()
    {
        var (value, gradient) = Autodiff.ValueAndGradient(
            p => (Tensor.Constant(1) - p.At(0)).Square() + 100 * (p.At(1) - p.At(0).Square()).Square(), V.Dense([-1.2, 1.0]));
        Assert.Equal(24.2, value, 12);
        Assert.Equal(-215.6, gradient[0], 10);
        Assert.Equal(-88.0, gradient[1], 10);
    }

    [Fact]
    public void Two_layer_tanh_network_matches_hand_backprop_and_finite_differences()
    {
        const int n = 12, d = 3, h = 5, c = 4;
        var normal = new Normal(0, 1, new Random(7));
        var X = M.Random(n, d, normal);
        var labels = Enumerable.Range(0, n).Select(i => i % c).ToArray();
        var Y = M.Dense(n, c, (i, j) => labels[i] == j ? 1.0 : 0.0);
        Matrix<double>[] theta = [M.Random(d, h, normal), M.Random(1, h, normal), M.Random(h, c, normal), M.Random(1, c, normal)];

        Tensor Loss(Tensor[] p) => Tensor.CrossEntropy((new Tensor(X) * p[0] + p[1]).Tanh() * p[2] + p[3], labels);

        var leaves = theta.Select(m => new Tensor(m)).ToArray();
        var loss = Loss(leaves);
        loss.Backward();

        // By hand: H = XW₁ + 1b₁ᵀ, A = tanh H, Z = AW₂ + 1b₂ᵀ, G_Z = (P − Y)/n, G_H = G_Z W₂ᵀ ⊙ (1 − A ⊙ A).
        var A = (X * theta[0] + M.Dense(n, 1, 1.0) * theta[1]).Map(Math.Tanh);
        var Z = A * theta[2] + M.Dense(n, 1, 1.0) * theta[3];
        var P = M.Dense(n, c, (i, j) => Math.Exp(Z[i, j]) / Z.Row(i).Sum(Math.Exp));
        Assert.Equal(-Enumerable.Range(0, n).Average(i => Math.Log(P[i, labels[i]])), loss.Item, 12);
        var GZ = (P - Y) / n;
        var GH = GZ.TransposeAndMultiply(theta[2]).PointwiseMultiply(A.Map(a => 1 - a * a));
        Matrix<double>[] byHand = [X.TransposeThisAndMultiply(GH), M.DenseOfRowVectors(GH.ColumnSums()),
                                   A.TransposeThisAndMultiply(GZ), M.DenseOfRowVectors(GZ.ColumnSums())];
        for (var k = 0; k < 4; k++)
        {
            Assert.True(GradientCheck.RelativeError(byHand[k], leaves[k].Grad) < 1e-12, $"parameter {k} against backprop by hand");
            var numerical = GradientCheck.NumericalGradient(
                W => Loss([.. theta.Select((m, i) => new Tensor(i == k ? W : m))]).Item, theta[k]);
            Assert.True(GradientCheck.RelativeError(numerical, leaves[k].Grad) < Tolerance, $"parameter {k} against finite differences");
        }
    }
}
