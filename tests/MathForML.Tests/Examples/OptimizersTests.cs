using MathForML.Examples;

namespace MathForML.Tests.Examples;

public class OptimizersTests
{
    [Fact]
    public void Iris_petals_have_fifty_flowers_of_each_species()
    {
        Assert.Equal(100, Optimizers.IrisPetals.Count);
        Assert.Equal(50, Optimizers.IrisPetals.Count(r => r.Virginica == 1));
        Assert.All(Optimizers.IrisPetals.Take(50), r => Assert.Equal(0, r.Virginica));
    }

    [Fact]
    public void Iris_petals_match_the_published_class_means()
    {
        // Fisher's table: versicolor petal length 4.260, width 1.326; virginica 5.552, 2.026.
        var versicolor = Optimizers.IrisPetals.Where(r => r.Virginica == 0).ToArray();
        var virginica = Optimizers.IrisPetals.Where(r => r.Virginica == 1).ToArray();
        Assert.Equal(4.260, versicolor.Average(r => r.PetalLength), 9);
        Assert.Equal(1.326, versicolor.Average(r => r.PetalWidth), 9);
        Assert.Equal(5.552, virginica.Average(r => r.PetalLength), 9);
        Assert.Equal(2.026, virginica.Average(r => r.PetalWidth), 9);
    }

    [Fact]
    public void Iterations_to_tolerance_finds_the_first_value_at_or_below_it()
    {
        Assert.Equal(0, Optimizers.IterationsToTolerance([0.5, 2.0], 1.0));
        Assert.Equal(2, Optimizers.IterationsToTolerance([4.0, 2.0, 1.0, 0.5], 1.0));
        Assert.Equal(-1, Optimizers.IterationsToTolerance([4.0, 2.0], 1.0));
        Assert.Equal(-1, Optimizers.IterationsToTolerance([], 1.0));
    }

    [Fact]
    public void Iterations_to_tolerance_stops_at_a_diverged_value()
    {
        Assert.Equal(-1, Optimizers.IterationsToTolerance([4.0, double.NaN, 0.0], 1.0));
        Assert.Equal(-1, Optimizers.IterationsToTolerance([4.0, double.PositiveInfinity, 0.0], 1.0));
    }

    [Fact]
    public void Iterations_to_tolerance_reads_a_lazy_sequence_only_as_far_as_needed()
    {
        static IEnumerable<double> Halving()
        {
            for (var v = 1.0; ; v /= 2) yield return v;
        }
        Assert.Equal(10, Optimizers.IterationsToTolerance(Halving(), 1.0 / 1024));
    }

    [Fact]
    public void Iterations_to_tolerance_can_ignore_short_dips()
    {
        double[] spiral = [4.0, 0.5, 3.0, 0.4, 0.3, 0.2, 2.0, 0.1, 0.1, 0.1];
        Assert.Equal(1, Optimizers.IterationsToTolerance(spiral, 1.0));
        Assert.Equal(3, Optimizers.IterationsToTolerance(spiral, 1.0, stay: 3));
        Assert.Equal(-1, Optimizers.IterationsToTolerance(spiral, 1.0, stay: 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.IterationsToTolerance(spiral, 1.0, stay: 0));
    }
}
