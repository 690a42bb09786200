using MathForML.Examples;

namespace MathForML.Tests.Examples;

public class FeatureSelectionTests
{
    [Fact]
    public void Wine_has_178_wines_13_measurements_and_three_cultivars_of_59_71_48()
    {
        var (features, classes) = FeatureSelection.Wine();
        Assert.Equal(178, features.RowCount);
        Assert.Equal(13, features.ColumnCount);
        Assert.Equal(13, FeatureSelection.WineFeatureNames.Count);
        Assert.Equal([59, 71, 48], Enumerable.Range(0, 3).Select(c => classes.Count(y => y == c)));
    }

    [Fact]
    public void Wine_matches_the_first_and_last_rows_and_the_documented_ranges()
    {
        var (features, classes) = FeatureSelection.Wine();
        Assert.Equal([14.23, 1.71, 2.43, 15.6, 127, 2.8, 3.06, 0.28, 2.29, 5.64, 1.04, 3.92, 1065], features.Row(0).ToArray());
        Assert.Equal(0, classes[0]);
        Assert.Equal(2, classes[177]);
        // Min and max from the data set's description (descr/wine_data.rst): alcohol, proline.
        Assert.Equal(11.03, features.Column(0).Minimum(), 10);
        Assert.Equal(14.83, features.Column(0).Maximum(), 10);
        Assert.Equal(278, features.Column(12).Minimum(), 10);
        Assert.Equal(1680, features.Column(12).Maximum(), 10);
        Assert.Equal(2.03, features.Column(6).Average(), 2);   // flavanoids mean 2.03
    }

    [Fact]
    public void StratifiedFolds_balances_every_class_and_the_fold_sizes()
    {
        var (_, classes) = FeatureSelection.Wine();
        var fold = FeatureSelection.StratifiedFolds(classes, 5, seed: 4);
        Assert.Equal(classes.Length, fold.Length);
        Assert.All(fold, f => Assert.InRange(f, 0, 4));
        for (var c = 0; c < 3; c++)
        {
            var perFold = Enumerable.Range(0, 5).Select(f => Enumerable.Range(0, classes.Length).Count(i => classes[i] == c && fold[i] == f)).ToArray();
            Assert.True(perFold.Max() - perFold.Min() <= 1, $"class {c}: {string.Join(", ", perFold)}");
        }
        var sizes = Enumerable.Range(0, 5).Select(f => fold.Count(x => x == f)).ToArray();
        Assert.True(sizes.Max() - sizes.Min() <= 1);
    }

    [Fact]
    public void StratifiedFolds_is_reproducible_and_depends_on_the_seed()
    {
        int[] labels = [.. Enumerable.Range(0, 60).Select(i => i % 3)];
        Assert.Equal(FeatureSelection.StratifiedFolds(labels, 4, 1), FeatureSelection.StratifiedFolds(labels, 4, 1));
        Assert.NotEqual(FeatureSelection.StratifiedFolds(labels, 4, 1), FeatureSelection.StratifiedFolds(labels, 4, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => FeatureSelection.StratifiedFolds(labels, 1, 1));
    }
}
