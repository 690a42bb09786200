using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// A path in the plane through the points (X[k], Y[k]), ready for <c>Chart.Line(p.X, p.Y, name)</c>.
/// A closed shape repeats its first point at the end.
/// </summary>
public sealed record Polyline(IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    public int Count => X.Count;

    /// <summary>The image of the path under the 2×2 matrix <paramref name="a"/>: every point p becomes a·p.</summary>
    public Polyline Apply(Matrix<double> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.RowCount != 2 || a.ColumnCount != 2)
            throw new ArgumentException($"Expected a 2×2 matrix, got {a.RowCount}×{a.ColumnCount}.", nameof(a));
        var x = new double[Count];
        var y = new double[Count];
        for (var k = 0; k < Count; k++)
        {
            x[k] = a[0, 0] * X[k] + a[0, 1] * Y[k];
            y[k] = a[1, 0] * X[k] + a[1, 1] * Y[k];
        }
        return new Polyline(x, y);
    }
}

/// <summary>
/// Shapes for pictures of linear maps of the plane: draw a shape, then draw <c>shape.Apply(A)</c> to
/// see what A does (a circle becomes an ellipse, a square a parallelogram, the grid a skewed grid).
/// </summary>
public static class Plane2D
{
    /// <summary>The circle of the given radius about the origin, closed, with <paramref name="points"/> points.</summary>
    public static Polyline Circle(double radius = 1, int points = 101)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 3);
        var t = Grid.Linspace(0, 2 * Math.PI, points);
        var x = t.Select(a => radius * Math.Cos(a)).ToArray();
        var y = t.Select(a => radius * Math.Sin(a)).ToArray();
        x[^1] = x[0]; // close exactly
        y[^1] = y[0];
        return new Polyline(x, y);
    }

    /// <summary>The unit square [0, 1]², closed, counter-clockwise from the origin.</summary>
    public static Polyline UnitSquare() => Polygon([0, 1, 1, 0], [0, 0, 1, 1]);

    /// <summary>A closed polygon through the given vertices (the first vertex is repeated at the end).</summary>
    public static Polyline Polygon(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count || x.Count == 0)
            throw new ArgumentException("A polygon needs as many y as x coordinates, and at least one vertex.");
        return new Polyline([.. x, x[0]], [.. y, y[0]]);
    }

    /// <summary>
    /// The square grid on [min, max]² with <paramref name="lines"/> lines in each direction, drawn as one
    /// continuous path (it snakes along the vertical lines, then the horizontal ones, moving between
    /// lines only along the border, which is itself a grid line). One path means one chart trace and one
    /// colour. Lines are straight, so each is stored by its two ends: its image under a linear map is exact.
    /// </summary>
    public static Polyline GridLines(double min = -2, double max = 2, int lines = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lines, 2);
        var g = Grid.Linspace(min, max, lines);
        var x = new List<double>(4 * lines);
        var y = new List<double>(4 * lines);
        for (var k = 0; k < lines; k++) // vertical lines x = g[k], alternating up and down
        {
            var (from, to) = k % 2 == 0 ? (min, max) : (max, min);
            x.AddRange([g[k], g[k]]);
            y.AddRange([from, to]);
        }
        var endsAtTop = y[^1] == max;
        for (var k = 0; k < lines; k++) // horizontal lines, starting at the corner we reached
        {
            var level = endsAtTop ? g[lines - 1 - k] : g[k];
            var (from, to) = k % 2 == 0 ? (max, min) : (min, max);
            x.AddRange([from, to]);
            y.AddRange([level, level]);
        }
        return new Polyline(x, y);
    }
}
