using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// A matrix that remembers how it was computed: reverse-mode automatic differentiation over MathNet
/// matrices (a vector is an n×1 column). Every operation creates a node that keeps its inputs and, for
/// each, a vector–Jacobian product: a function that turns G = ∂L/∂(node), which has the node's shape,
/// into that input's share of ∂L/∂(input). <see cref="Backward"/> on a 1×1 result L applies them in
/// reverse topological order; afterwards the <see cref="Grad"/> of every node X that L depends on is
/// ∂L/∂X, with the shape of X.
/// </summary>
public sealed class Tensor
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;
    private readonly (Tensor Input, Func<Matrix<double>, Matrix<double>> Vjp)[] edges;
    private Matrix<double>? grad;

    /// <summary>A leaf of the graph (an input, a parameter or a constant), holding a copy of the matrix.</summary>
    public Tensor(Matrix<double> value) : this(value?.Clone() ?? throw new ArgumentNullException(nameof(value)), []) { }

    private Tensor(Matrix<double> value, params (Tensor Input, Func<Matrix<double>, Matrix<double>> Vjp)[] edges)
    {
        foreach (var edge in edges) ArgumentNullException.ThrowIfNull(edge.Input);
        Value = value;
        this.edges = edges;
    }

    /// <summary>A vector as an n×1 column.</summary>
    public static Tensor FromVector(Vector<double> v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.ToColumnMatrix(), []);
    }

    /// <summary>A 1×1 constant.</summary>
    public static Tensor Constant(double value) => new(M.Dense(1, 1, value), []);

    /// <summary>The value computed by the forward pass.</summary>
    public Matrix<double> Value { get; }

    /// <summary>∂L/∂(this) after <c>L.Backward()</c>, with the shape of <see cref="Value"/>; zeros before.</summary>
    public Matrix<double> Grad => grad ?? M.Dense(Rows, Columns);

    /// <summary>The number of rows.</summary>
    public int Rows => Value.RowCount;

    /// <summary>The number of columns.</summary>
    public int Columns => Value.ColumnCount;

    /// <summary>The single entry of a 1×1 tensor.</summary>
    public double Item => IsOneByOne ? Value[0, 0]
        : throw new InvalidOperationException($"Item needs a 1×1 tensor; this one is {Shape(this)}.");

    private bool IsOneByOne => Rows == 1 && Columns == 1;

    /// <summary>a + b for equal shapes; b may also be a 1×n row added to every row of a (a bias), and either may be 1×1.</summary>
    public static Tensor operator +(Tensor a, Tensor b)
    {
        var (rows, columns) = BroadcastShape(a, b, "add");
        // d(a + b)/da = I; an operand broadcast to many entries sums G over them
        return new(Expand(a, rows, columns) + Expand(b, rows, columns), (a, G => SumTo(G, a)), (b, G => SumTo(G, b)));
    }

    /// <summary>a − b, with the broadcasting of +.</summary>
    public static Tensor operator -(Tensor a, Tensor b)
    {
        var (rows, columns) = BroadcastShape(a, b, "subtract");
        // d(a − b)/da = I, d(a − b)/db = −I
        return new(Expand(a, rows, columns) - Expand(b, rows, columns), (a, G => SumTo(G, a)), (b, G => -SumTo(G, b)));
    }

    /// <summary>−a.</summary>
    public static Tensor operator -(Tensor a) => new(-a.Value, (a, G => -G)); // d(−a)/da = −I

    /// <summary>The matrix product AB; when either is 1×1 it scales the other.</summary>
    public static Tensor operator *(Tensor a, Tensor b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.IsOneByOne) return Scale(a, b);
        if (b.IsOneByOne) return Scale(b, a);
        if (a.Columns != b.Rows)
            throw new ArgumentException($"Cannot multiply a {Shape(a)} tensor by a {Shape(b)} one: the inner dimensions {a.Columns} and {b.Rows} differ.", nameof(b));
        return new(a.Value * b.Value,
            (a, G => G.TransposeAndMultiply(b.Value)),      // ∂L/∂A = G Bᵀ
            (b, G => a.Value.TransposeThisAndMultiply(G))); // ∂L/∂B = Aᵀ G
    }

    private static Tensor Scale(Tensor s, Tensor t) => new(s.Value[0, 0] * t.Value,
        (s, G => M.Dense(1, 1, G.PointwiseMultiply(t.Value).Enumerate().Sum())), // ∂L/∂s = Σᵢⱼ Gᵢⱼ Tᵢⱼ
        (t, G => s.Value[0, 0] * G));                                            // ∂L/∂T = s G

    /// <summary>c·a for a constant c.</summary>
    public static Tensor operator *(double c, Tensor a) => new(c * a.Value, (a, G => c * G)); // d(c·a)/da = c

    /// <summary>a·c for a constant c.</summary>
    public static Tensor operator *(Tensor a, double c) => c * a;

    /// <summary>a/c for a constant c.</summary>
    public static Tensor operator /(Tensor a, double c) => new(a.Value / c, (a, G => G / c)); // d(a/c)/da = 1/c

    /// <summary>The element-wise product a ⊙ b of two tensors of the same shape.</summary>
    public Tensor Hadamard(Tensor other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Rows != other.Rows || Columns != other.Columns)
            throw new ArgumentException($"Hadamard needs equal shapes, not {Shape(this)} and {Shape(other)}.", nameof(other));
        return new(Value.PointwiseMultiply(other.Value),
            (this, G => G.PointwiseMultiply(other.Value)), // ∂(a ⊙ b)/∂a: G ⊙ b
            (other, G => G.PointwiseMultiply(Value)));     // ∂(a ⊙ b)/∂b: G ⊙ a
    }

    /// <summary>The transpose.</summary>
    public Tensor Transpose() => new(Value.Transpose(), (this, G => G.Transpose())); // ∂L/∂A = (∂L/∂Aᵀ)ᵀ

    /// <summary>One entry as a 1×1 tensor.</summary>
    public Tensor At(int row, int column = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns);
        return new(M.Dense(1, 1, Value[row, column]), (this, G =>
        {
            var D = M.Dense(Rows, Columns);                // ∂aᵢⱼ/∂A = eᵢeⱼᵀ: G lands on entry (i, j)
            D[row, column] = G[0, 0];
            return D;
        }));
    }

    /// <summary>eˣ entry by entry.</summary>
    public Tensor Exp() => Elementwise(Math.Exp, (x, y) => y); // d(eˣ)/dx = eˣ
    /// <summary>log x entry by entry.</summary>
    public Tensor Log() => Elementwise(Math.Log, (x, y) => 1 / x); // d(log x)/dx = 1/x
    /// <summary>tanh x entry by entry.</summary>
    public Tensor Tanh() => Elementwise(Math.Tanh, (x, y) => 1 - y * y); // d(tanh x)/dx = 1 − tanh²x
    /// <summary>σ(x) = 1/(1 + e⁻ˣ) entry by entry.</summary>
    public Tensor Sigmoid() => Elementwise(StableMath.Sigmoid, (x, y) => y * (1 - y)); // dσ/dx = σ(1 − σ)
    /// <summary>max(0, x) entry by entry; the derivative at 0 is taken to be 0.</summary>
    public Tensor Relu() => Elementwise(x => Math.Max(0, x), (x, y) => x > 0 ? 1 : 0); // d max(0, x)/dx = [x > 0]
    /// <summary>x² entry by entry.</summary>
    public Tensor Square() => Elementwise(x => x * x, (x, y) => 2 * x); // d(x²)/dx = 2x
    /// <summary>xᵖ entry by entry.</summary>
    public Tensor Pow(double p) => Elementwise(x => Math.Pow(x, p), (x, y) => p * Math.Pow(x, p - 1)); // d(xᵖ)/dx = p·xᵖ⁻¹

    // y = f(x) entry by entry: ∂L/∂X = G ⊙ f′(X), with f′ given the input x and the output y.
    private Tensor Elementwise(Func<double, double> f, Func<double, double, double> derivative)
    {
        var y = Value.Map(f, Zeros.Include);
        return new(y, (this, G => G.PointwiseMultiply(Value.Map2(derivative, y, Zeros.Include))));
    }

    /// <summary>The sum of all entries, 1×1.</summary>
    public Tensor Sum() => new(M.Dense(1, 1, Value.Enumerate().Sum()),
        (this, G => M.Dense(Rows, Columns, G[0, 0]))); // ∂(Σ aᵢⱼ)/∂aᵢⱼ = 1

    /// <summary>The mean of all entries, 1×1.</summary>
    public Tensor Mean()
    {
        double count = Rows * Columns;
        return new(M.Dense(1, 1, Value.Enumerate().Sum() / count),
            (this, G => M.Dense(Rows, Columns, G[0, 0] / count))); // ∂(Σ aᵢⱼ / N)/∂aᵢⱼ = 1/N
    }

    /// <summary>The column sums as a 1×n row (1ᵀA): the backward partner of adding a bias to every row.</summary>
    public Tensor SumRows() => new(M.DenseOfRowVectors(Value.ColumnSums()),
        (this, G => M.Dense(Rows, Columns, (i, j) => G[0, j]))); // ∂L/∂A = 1 G: every row receives G

    /// <summary>softmax along each row, shifted by the row maximum so that exp cannot overflow.</summary>
    public Tensor SoftmaxRows()
    {
        var S = Softmax(Value);
        return new(S, (this, G =>
        {
            var dot = G.PointwiseMultiply(S).RowSums();      // per row: ∂L/∂z = s ⊙ (g − (gᵀs)1)
            return S.PointwiseMultiply(G.MapIndexed((i, j, g) => g - dot[i], Zeros.Include));
        }));
    }

    /// <summary>log softmax along each row, zᵢⱼ − log Σₖ exp zᵢₖ, computed with the row maximum shifted out.</summary>
    public Tensor LogSoftmaxRows()
    {
        var S = Softmax(Value);
        return new(LogSoftmax(Value), (this, G =>
        {
            var total = G.RowSums();                         // per row: ∂L/∂z = g − (Σₖ gₖ) s
            return G.MapIndexed((i, j, g) => g - total[i] * S[i, j], Zeros.Include);
        }));
    }

    /// <summary>The mean over the rows of −log softmax(logits)[i, labels[i]], 1×1: the classification loss.</summary>
    public static Tensor CrossEntropy(Tensor logits, int[] labels)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length != logits.Rows)
            throw new ArgumentException($"There are {labels.Length} labels for {logits.Rows} rows of logits.", nameof(labels));
        if (labels.Any(y => y < 0 || y >= logits.Columns))
            throw new ArgumentOutOfRangeException(nameof(labels), $"Every label must lie in 0…{logits.Columns - 1}, one per column of logits.");
        var n = logits.Rows;
        var L = LogSoftmax(logits.Value);
        var loss = -Enumerable.Range(0, n).Sum(i => L[i, labels[i]]) / n;
        return new(M.Dense(1, 1, loss), (logits, G => G[0, 0] / n *    // ∂L/∂Z = (P − Y)/n, Y one-hot
            L.MapIndexed((i, j, l) => Math.Exp(l) - (labels[i] == j ? 1 : 0), Zeros.Include)));
    }

    /// <summary>
    /// Sets the <see cref="Grad"/> of every tensor this 1×1 result depends on to ∂this/∂tensor: resets them,
    /// seeds ∂this/∂this = 1, then visits the nodes in reverse topological order (each after every node that
    /// uses it) and adds each vector–Jacobian product to its input, so a tensor used twice receives the sum.
    /// </summary>
    public void Backward()
    {
        if (!IsOneByOne)
            throw new InvalidOperationException($"Backward needs a 1×1 tensor (a scalar loss), not a {Shape(this)} one: reduce it first, e.g. with Sum() or Mean().");
        var order = GraphWalk.TopologicalOrder(this, node => node.edges.Select(e => e.Input));
        foreach (var node in order) node.grad = null;
        grad = M.Dense(1, 1, 1.0);
        for (var k = order.Count - 1; k >= 0; k--)
        {
            if (order[k].grad is not { } G) continue;
            foreach (var (input, vjp) in order[k].edges)
            {
                var share = vjp(G);
                input.grad = input.grad is null ? share : input.grad + share; // never in place: shares may alias G
            }
        }
    }

    // Row by row, with the row maximum mᵢ shifted out so that no exp can overflow:
    // log softmax(z)ᵢⱼ = (zᵢⱼ − mᵢ) − log Σₖ exp(zᵢₖ − mᵢ), and softmax is its exp.
    private static Matrix<double> LogSoftmax(Matrix<double> Z)
    {
        var rowMax = Z.EnumerateRows().Select(r => r.Maximum()).ToArray();
        var shifted = Z.MapIndexed((i, j, z) => z - rowMax[i], Zeros.Include);
        var logSum = shifted.EnumerateRows().Select(r => Math.Log(r.Sum(Math.Exp))).ToArray();
        return shifted.MapIndexed((i, j, s) => s - logSum[i], Zeros.Include);
    }

    private static Matrix<double> Softmax(Matrix<double> Z) => LogSoftmax(Z).Map(Math.Exp, Zeros.Include);

    private static string Shape(Tensor t) => $"{t.Rows}×{t.Columns}";

    private static (int Rows, int Columns) BroadcastShape(Tensor a, Tensor b, string verb)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Rows == b.Rows && a.Columns == b.Columns || b.IsOneByOne || b.Rows == 1 && b.Columns == a.Columns)
            return (a.Rows, a.Columns);
        if (a.IsOneByOne) return (b.Rows, b.Columns);
        throw new ArgumentException($"Cannot {verb} a {Shape(a)} and a {Shape(b)} tensor: the shapes must be equal, " +
            $"the right one a 1×{a.Columns} row (added to every row), or either one 1×1.", nameof(b));
    }

    // t's value repeated to rows × columns: a 1×1 everywhere, a 1×n row in every row.
    private static Matrix<double> Expand(Tensor t, int rows, int columns) =>
        t.Rows == rows && t.Columns == columns ? t.Value : M.Dense(rows, columns, (i, j) => t.Value[0, t.Columns == 1 ? 0 : j]);

    // The backward of Expand: G summed over the copies, back to t's shape.
    private static Matrix<double> SumTo(Matrix<double> G, Tensor t) =>
        G.RowCount == t.Rows && G.ColumnCount == t.Columns ? G
        : t.IsOneByOne ? M.Dense(1, 1, G.Enumerate().Sum())  // a 1×1 broadcast: sum over all entries
        : M.DenseOfRowVectors(G.ColumnSums());               // a row broadcast: sum over the rows
}
