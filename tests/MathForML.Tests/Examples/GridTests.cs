using MathForML.Examples;

namespace MathForML.Tests.Examples;

public class GridTests
{
    [Fact]
    public void Linspace_includes_both_endpoints()
    {
        Assert.Equal([0.0, 0.25, 0.5, 0.75, 1.0], Grid.Linspace(0, 1, 5));
        Assert.Equal([2.0, 1.0, 0.0], Grid.Linspace(2, 0, 3));
    }

    [Fact]
    public void Linspace_ends_exactly_at_stop()
    {
        var points = Grid.Linspace(-Math.PI, Math.PI, 101);
        Assert.Equal(101, points.Length);
        Assert.Equal(-Math.PI, points[0]);
        Assert.Equal(Math.PI, points[^1]);
        Assert.Equal(0.0, points[50], 15);
    }

    [Fact]
    public void Linspace_small_counts()
    {
        Assert.Empty(Grid.Linspace(0, 1, 0));
        Assert.Equal([3.0], Grid.Linspace(3, 7, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Grid.Linspace(0, 1, -1));
    }

    [Fact]
    public void Evaluate_puts_y_in_rows_and_x_in_columns()
    {
        double[] x = [0, 1, 2];
        double[] y = [10, 20];
        var z = Grid.Evaluate(x, y, (a, b) => a + b);

        Assert.Equal(2, z.GetLength(0));
        Assert.Equal(3, z.GetLength(1));
        Assert.Equal(12.0, z[0, 2]); // x[2] + y[0]
        Assert.Equal(21.0, z[1, 1]); // x[1] + y[1]
    }

    [Fact]
    public void Meshgrid_matches_numpy_layout()
    {
        var (gx, gy) = Grid.Meshgrid([1.0, 2.0, 3.0], [5.0, 6.0]);

        Assert.Equal(new double[,] { { 1, 2, 3 }, { 1, 2, 3 } }, gx);
        Assert.Equal(new double[,] { { 5, 5, 5 }, { 6, 6, 6 } }, gy);
    }
}
