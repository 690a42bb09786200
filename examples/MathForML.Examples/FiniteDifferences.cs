using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// Derivatives estimated from function values, the independent check that lessons hold every analytic
/// derivative against. Central differences are used throughout: their error is O(h²) plus rounding of
/// order ε·|f|/h, so the default steps sit near the best trade-off for double precision
/// (h ≈ ε^(1/3) ≈ 6e-6 for first derivatives, h ≈ ε^(1/4) ≈ 1e-4 for second derivatives).
/// Each step is scaled by max(1, |xᵢ|) so that large coordinates get proportionally large steps.
/// </summary>
public static class FiniteDifferences
{
    /// <summary>The default step for first derivatives.</summary>
    public const double FirstOrderStep = 1e-5;

    /// <summary>The default step for second derivatives.</summary>
    public const double SecondOrderStep = 1e-4;

    /// <summary>f′(x) ≈ (f(x + h) − f(x − h)) / 2h.</summary>
    public static double Derivative(Func<double, double> f, double x, double h = FirstOrderStep)
    {
        ArgumentNullException.ThrowIfNull(f);
        var step = Step(h, x);
        var (forward, backward) = (x + step, x - step);
        return (f(forward) - f(backward)) / (forward - backward); // the step actually taken, after rounding
    }

    /// <summary>f″(x) ≈ (f(x + h) − 2f(x) + f(x − h)) / h².</summary>
    public static double SecondDerivative(Func<double, double> f, double x, double h = SecondOrderStep)
    {
        ArgumentNullException.ThrowIfNull(f);
        var step = Step(h, x);
        return (f(x + step) - 2 * f(x) + f(x - step)) / (step * step);
    }

    /// <summary>∂f/∂xᵢ for every i: the gradient ∇f(x), one central difference per coordinate.</summary>
    public static Vector<double> Gradient(Func<Vector<double>, double> f, Vector<double> x, double h = FirstOrderStep)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        return Vector<double>.Build.Dense(x.Count, i =>
        {
            var step = Step(h, x[i]);
            var (forward, backward) = (Shifted(x, i, step), Shifted(x, i, -step));
            return (f(forward) - f(backward)) / (forward[i] - backward[i]);
        });
    }

    /// <summary>The directional derivative D_u f(x) = d/dt f(x + t·u) at t = 0, from two values of f.</summary>
    public static double DirectionalDerivative(Func<Vector<double>, double> f, Vector<double> x, Vector<double> u,
        double h = FirstOrderStep)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(u);
        if (u.Count != x.Count) throw new ArgumentException("The direction must have as many entries as x.", nameof(u));
        return Derivative(t => f(x + t * u), 0, h);
    }

    /// <summary>
    /// The Jacobian of a vector function, J[i, j] = ∂fᵢ/∂xⱼ, one column per coordinate. Applied to an
    /// analytic gradient it gives the Hessian to about 1e-10, much more accurately than
    /// <see cref="Hessian"/> can from function values alone.
    /// </summary>
    public static Matrix<double> Jacobian(Func<Vector<double>, Vector<double>> f, Vector<double> x, double h = FirstOrderStep)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        var columns = new Vector<double>[x.Count];
        for (var j = 0; j < x.Count; j++)
        {
            var step = Step(h, x[j]);
            var (forward, backward) = (Shifted(x, j, step), Shifted(x, j, -step));
            columns[j] = (f(forward) - f(backward)) / (forward[j] - backward[j]);
        }
        return Matrix<double>.Build.DenseOfColumnVectors(columns);
    }

    /// <summary>
    /// The Hessian ∇²f(x) from function values only: the diagonal by second differences, the
    /// off-diagonal entries by the four-point formula
    /// (f(x + hᵢeᵢ + hⱼeⱼ) − f(x + hᵢeᵢ − hⱼeⱼ) − f(x − hᵢeᵢ + hⱼeⱼ) + f(x − hᵢeᵢ − hⱼeⱼ)) / 4hᵢhⱼ.
    /// The result is symmetric by construction; expect about 7–8 correct digits.
    /// </summary>
    public static Matrix<double> Hessian(Func<Vector<double>, double> f, Vector<double> x, double h = SecondOrderStep)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        var n = x.Count;
        var steps = x.Select(xi => Step(h, xi)).ToArray();
        var fx = f(x);
        var hessian = Matrix<double>.Build.Dense(n, n);
        for (var i = 0; i < n; i++)
        {
            hessian[i, i] = (f(Shifted(x, i, steps[i])) - 2 * fx + f(Shifted(x, i, -steps[i]))) / (steps[i] * steps[i]);
            for (var j = 0; j < i; j++)
            {
                double F(double si, double sj) => f(Shifted(Shifted(x, i, si), j, sj));
                var (hi, hj) = (steps[i], steps[j]);
                var value = (F(hi, hj) - F(hi, -hj) - F(-hi, hj) + F(-hi, -hj)) / (4 * hi * hj);
                hessian[i, j] = value;
                hessian[j, i] = value;
            }
        }
        return hessian;
    }

    private static double Step(double h, double x)
    {
        if (!(h > 0)) throw new ArgumentOutOfRangeException(nameof(h), h, "The step must be positive.");
        return h * Math.Max(1, Math.Abs(x));
    }

    private static Vector<double> Shifted(Vector<double> x, int i, double step)
    {
        var copy = x.Clone();
        copy[i] += step;
        return copy;
    }
}
