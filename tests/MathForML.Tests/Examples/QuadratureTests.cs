using MathForML.Examples;

namespace MathForML.Tests.Examples;

public class QuadratureTests
{
    [Fact]
    public void Trapezoid_is_exact_for_straight_lines()
    {
        Assert.Equal(6.0, Quadrature.Trapezoid(x => 2 * x + 1, 0, 2, 1), 14);
        Assert.Equal(6.0, Quadrature.Trapezoid([0.0, 0.5, 2.0], [1.0, 2.0, 5.0]), 14); // unequal steps
    }

    [Fact]
    public void Trapezoid_error_is_order_h_squared()
    {
        // ∫₀^π sin x dx = 2; the error is ≈ (b − a)h²/12 · mean|f″| ≈ πh²/12 · 2/π = h²/6.
        var errors = new[] { 10, 20, 40, 80 }.Select(n => Math.Abs(Quadrature.Trapezoid(Math.Sin, 0, Math.PI, n) - 2)).ToArray();
        for (var i = 1; i < errors.Length; i++)
            Assert.Equal(4.0, errors[i - 1] / errors[i], 1); // halving h divides the error by 4
        var h = Math.PI / 80;
        Assert.Equal(h * h / 6, errors[^1], 6);
    }

    [Fact]
    public void Trapezoid_on_samples_agrees_with_the_function_version()
    {
        var x = Grid.Linspace(0, 1, 101);
        var y = x.Select(Math.Exp).ToArray();
        Assert.Equal(Quadrature.Trapezoid(Math.Exp, 0, 1, 100), Quadrature.Trapezoid(x, y), 14);
        Assert.Equal(Math.E - 1, Quadrature.Trapezoid(x, y), 4);
    }

    [Fact]
    public void Trapezoid_of_a_density_over_a_wide_range_is_very_accurate()
    {
        // For a smooth integrand that vanishes at both ends the error falls faster than any power of h.
        var gauss = Quadrature.Trapezoid(t => Math.Exp(-t * t / 2) / Math.Sqrt(2 * Math.PI), -10, 10, 100);
        Assert.Equal(1.0, gauss, 13);
    }

    [Fact]
    public void Trapezoid_edge_cases()
    {
        Assert.Equal(0.0, Quadrature.Trapezoid([1.0], [5.0]));
        Assert.Throws<ArgumentException>(() => Quadrature.Trapezoid([0.0, 1.0], [1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quadrature.Trapezoid(Math.Sin, 0, 1, 0));
    }
}
