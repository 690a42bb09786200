using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// A function's value and its whole gradient from one forward and one reverse sweep, whatever the number
/// of inputs: the reverse-mode counterpart of <see cref="GradientCheck.NumericalGradient(Func{Vector{double}, double}, Vector{double}, double)"/>,
/// which needs two evaluations per input.
/// </summary>
public static class Autodiff
{
    /// <summary>f(x) and ∇f(x) for f written with <see cref="Tensor"/> operations on the n×1 column x; f must return a 1×1 tensor.</summary>
    public static (double Value, Vector<double> Gradient) ValueAndGradient(Func<Tensor, Tensor> f, Vector<double> x)
    {
        ArgumentNullException.ThrowIfNull(f);
        var input = Tensor.FromVector(x);
        var output = f(input) ?? throw new InvalidOperationException("f returned null.");
        output.Backward();
        return (output.Item, input.Grad.Column(0));
    }

    /// <summary>f(x) and ∇f(x) for f written with <see cref="Scalar"/> operations on the entries of x.</summary>
    public static (double Value, double[] Gradient) ValueAndGradient(Func<Scalar[], Scalar> f, params double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        var inputs = x.Select(v => new Scalar(v)).ToArray();
        var output = f(inputs) ?? throw new InvalidOperationException("f returned null.");
        output.Backward();
        return (output.Value, inputs.Select(s => s.Grad).ToArray());
    }
}
