using MathForML.Examples;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class Plane2DTests
{
    [Fact]
    public void Circle_is_closed_and_has_the_radius()
    {
        var c = Plane2D.Circle(2, 50);
        Assert.Equal(50, c.Count);
        Assert.Equal(c.X[0], c.X[^1]);
        Assert.Equal(c.Y[0], c.Y[^1]);
        for (var k = 0; k < c.Count; k++)
            Assert.Equal(2.0, Math.Sqrt(c.X[k] * c.X[k] + c.Y[k] * c.Y[k]), 12);
    }

    [Fact]
    public void UnitSquare_is_a_closed_polygon()
    {
        var s = Plane2D.UnitSquare();
        Assert.Equal([0.0, 1, 1, 0, 0], s.X);
        Assert.Equal([0.0, 0, 1, 1, 0], s.Y);
    }

    [Fact]
    public void Apply_maps_every_point()
    {
        var a = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0 }, { 0.0, -1.0 } });
        var image = Plane2D.UnitSquare().Apply(a);
        Assert.Equal([0.0, 1, 3, 2, 0], image.X);
        Assert.Equal([0.0, 0, -1, -1, 0], image.Y);
        Assert.Throws<ArgumentException>(() => Plane2D.UnitSquare().Apply(Matrix<double>.Build.Dense(3, 3)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void GridLines_is_one_path_moving_only_along_grid_lines(int lines)
    {
        var g = Plane2D.GridLines(-1, 1, lines);
        var levels = Grid.Linspace(-1, 1, lines);
        Assert.Equal(4 * lines, g.Count);
        for (var k = 1; k < g.Count; k++)
        {
            // Each step is horizontal or vertical, and runs along a grid line.
            var vertical = g.X[k] == g.X[k - 1];
            var horizontal = g.Y[k] == g.Y[k - 1];
            Assert.True(vertical || horizontal, $"step {k} is diagonal");
            if (vertical) Assert.Contains(g.X[k], levels);
            if (horizontal) Assert.Contains(g.Y[k], levels);
        }
        // Every vertical and every horizontal line is drawn end to end.
        var steps = Enumerable.Range(1, g.Count - 1)
            .Select(k => (X0: g.X[k - 1], Y0: g.Y[k - 1], X1: g.X[k], Y1: g.Y[k]))
            .ToList();
        foreach (var level in levels)
        {
            Assert.Contains(steps, s => s.X0 == level && s.X1 == level && Math.Abs(s.Y1 - s.Y0) == 2);
            Assert.Contains(steps, s => s.Y0 == level && s.Y1 == level && Math.Abs(s.X1 - s.X0) == 2);
        }
    }
}
