using System.Globalization;

namespace MathForML.Examples;

/// <summary>
/// A number that remembers how it was computed, for reverse-mode automatic differentiation one scalar at a
/// time. Every operation creates a node that keeps its inputs and the local derivative ∂(node)/∂(input)
/// of each; <see cref="Backward"/> then walks the graph from the output back to the inputs and applies
/// the chain rule, input.Grad += ∂(node)/∂(input) · node.Grad. After <c>y.Backward()</c>, the
/// <see cref="Grad"/> of every node x that y depends on is ∂y/∂x.
/// </summary>
public sealed class Scalar
{
    private readonly (Scalar Input, double Local)[] edges;

    /// <summary>A leaf of the graph: an input or a constant.</summary>
    public Scalar(double value) : this(value, []) { }

    private Scalar(double value, params (Scalar Input, double Local)[] edges)
    {
        foreach (var edge in edges) ArgumentNullException.ThrowIfNull(edge.Input);
        Value = value;
        this.edges = edges;
    }

    /// <summary>The value computed by the forward pass.</summary>
    public double Value { get; }

    /// <summary>∂(output)/∂(this) after <c>output.Backward()</c>; 0 before.</summary>
    public double Grad { get; private set; }

    /// <summary>A constant, so that <c>2 * x</c>, <c>1 - x</c> and <c>x / 3</c> work.</summary>
    public static implicit operator Scalar(double value) => new(value);

    // d(a + b)/da = 1, d(a + b)/db = 1
    public static Scalar operator +(Scalar a, Scalar b) => new(a.Value + b.Value, (a, 1), (b, 1));

    // d(a − b)/da = 1, d(a − b)/db = −1
    public static Scalar operator -(Scalar a, Scalar b) => new(a.Value - b.Value, (a, 1), (b, -1));

    // d(−a)/da = −1
    public static Scalar operator -(Scalar a) => new(-a.Value, (a, -1));

    // d(a·b)/da = b, d(a·b)/db = a
    public static Scalar operator *(Scalar a, Scalar b) => new(a.Value * b.Value, (a, b.Value), (b, a.Value));

    // d(a/b)/da = 1/b, d(a/b)/db = −a/b²
    public static Scalar operator /(Scalar a, Scalar b) =>
        new(a.Value / b.Value, (a, 1 / b.Value), (b, -a.Value / (b.Value * b.Value)));

    /// <summary>aᵖ for a constant exponent p.</summary>
    public Scalar Pow(double exponent) => Elementwise(x => Math.Pow(x, exponent), (x, y) => exponent * Math.Pow(x, exponent - 1)); // d(xᵖ)/dx = p·xᵖ⁻¹
    /// <summary>eᵃ.</summary>
    public Scalar Exp() => Elementwise(Math.Exp, (x, y) => y); // d(eˣ)/dx = eˣ
    /// <summary>The natural logarithm.</summary>
    public Scalar Log() => Elementwise(Math.Log, (x, y) => 1 / x); // d(log x)/dx = 1/x
    /// <summary>The square root.</summary>
    public Scalar Sqrt() => Elementwise(Math.Sqrt, (x, y) => 0.5 / y); // d(√x)/dx = 1/(2√x)
    /// <summary>The hyperbolic tangent.</summary>
    public Scalar Tanh() => Elementwise(Math.Tanh, (x, y) => 1 - y * y); // d(tanh x)/dx = 1 − tanh²x
    /// <summary>The logistic function σ(a) = 1/(1 + e⁻ᵃ).</summary>
    public Scalar Sigmoid() => Elementwise(StableMath.Sigmoid, (x, y) => y * (1 - y)); // dσ/dx = σ(1 − σ)
    /// <summary>max(0, a); the derivative at 0 is taken to be 0.</summary>
    public Scalar Relu() => Elementwise(x => Math.Max(0, x), (x, y) => x > 0 ? 1 : 0); // d max(0, x)/dx = [x > 0]
    /// <summary>The sine.</summary>
    public Scalar Sin() => Elementwise(Math.Sin, (x, y) => Math.Cos(x)); // d(sin x)/dx = cos x
    /// <summary>The cosine.</summary>
    public Scalar Cos() => Elementwise(Math.Cos, (x, y) => -Math.Sin(x)); // d(cos x)/dx = −sin x
    /// <summary>|a|; the derivative at 0 is taken to be 0.</summary>
    public Scalar Abs() => Elementwise(Math.Abs, (x, y) => Math.Sign(x)); // d|x|/dx = sign x

    // y = f(x), with the local derivative f′(x) computed from the input x and the output y.
    private Scalar Elementwise(Func<double, double> f, Func<double, double, double> derivative)
    {
        var y = f(Value);
        return new(y, (this, derivative(Value, y)));
    }

    /// <summary>The sum of many terms as one node (rather than a chain of additions).</summary>
    public static Scalar Sum(IEnumerable<Scalar> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var edges = terms.Select(t => (Input: t, Local: 1.0)).ToArray();
        return new(edges.Sum(e => (e.Input ?? throw new ArgumentNullException(nameof(terms), "A term is null.")).Value), edges); // d(Σ aᵢ)/daᵢ = 1
    }

    /// <summary>
    /// Sets the <see cref="Grad"/> of every node this depends on to ∂this/∂node: resets them to 0, seeds
    /// this.Grad = 1, then visits the nodes in reverse topological order (each after every node that uses
    /// it), adding each node's contribution to its inputs. A node used twice receives the sum of both.
    /// </summary>
    public void Backward()
    {
        var order = GraphWalk.TopologicalOrder(this, node => node.edges.Select(e => e.Input));
        foreach (var node in order) node.Grad = 0;
        Grad = 1;
        for (var k = order.Count - 1; k >= 0; k--)
            foreach (var (input, local) in order[k].edges)
                input.Grad += local * order[k].Grad; // the chain rule
    }

    /// <summary><c>Scalar(value=0.5, grad=-1.25)</c>, six significant digits, invariant culture.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Scalar(value={Value:G6}, grad={Grad:G6})");
}
