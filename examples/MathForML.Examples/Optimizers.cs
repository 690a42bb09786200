namespace MathForML.Examples;

/// <summary>
/// Data and bookkeeping for the gradient-descent visualization project: the iris flowers it fits a
/// logistic regression to, and the count of iterations an optimizer needs to reach a tolerance.
/// The optimizers themselves are written in the project's cells, where the learner sees them.
/// </summary>
public static class Optimizers
{
    /// <summary>
    /// Petal length and petal width (cm) of the 100 iris flowers of the species versicolor (label 0)
    /// and virginica (label 1), in the order of Fisher's table: R. A. Fisher (1936), "The use of
    /// multiple measurements in taxonomic problems", measurements by E. Anderson. Copied from
    /// <c>sklearn/datasets/data/iris.csv</c> in Debian's python3-sklearn 1.2.1 (scikit-learn,
    /// BSD-3-Clause). The two species overlap, so an unregularized logistic regression has a finite
    /// minimizer, unlike setosa against either of them.
    /// </summary>
    public static IReadOnlyList<(double PetalLength, double PetalWidth, int Virginica)> IrisPetals { get; } =
    [
        (4.7, 1.4, 0), (4.5, 1.5, 0), (4.9, 1.5, 0), (4.0, 1.3, 0), (4.6, 1.5, 0),
        (4.5, 1.3, 0), (4.7, 1.6, 0), (3.3, 1.0, 0), (4.6, 1.3, 0), (3.9, 1.4, 0),
        (3.5, 1.0, 0), (4.2, 1.5, 0), (4.0, 1.0, 0), (4.7, 1.4, 0), (3.6, 1.3, 0),
        (4.4, 1.4, 0), (4.5, 1.5, 0), (4.1, 1.0, 0), (4.5, 1.5, 0), (3.9, 1.1, 0),
        (4.8, 1.8, 0), (4.0, 1.3, 0), (4.9, 1.5, 0), (4.7, 1.2, 0), (4.3, 1.3, 0),
        (4.4, 1.4, 0), (4.8, 1.4, 0), (5.0, 1.7, 0), (4.5, 1.5, 0), (3.5, 1.0, 0),
        (3.8, 1.1, 0), (3.7, 1.0, 0), (3.9, 1.2, 0), (5.1, 1.6, 0), (4.5, 1.5, 0),
        (4.5, 1.6, 0), (4.7, 1.5, 0), (4.4, 1.3, 0), (4.1, 1.3, 0), (4.0, 1.3, 0),
        (4.4, 1.2, 0), (4.6, 1.4, 0), (4.0, 1.2, 0), (3.3, 1.0, 0), (4.2, 1.3, 0),
        (4.2, 1.2, 0), (4.2, 1.3, 0), (4.3, 1.3, 0), (3.0, 1.1, 0), (4.1, 1.3, 0),
        (6.0, 2.5, 1), (5.1, 1.9, 1), (5.9, 2.1, 1), (5.6, 1.8, 1), (5.8, 2.2, 1),
        (6.6, 2.1, 1), (4.5, 1.7, 1), (6.3, 1.8, 1), (5.8, 1.8, 1), (6.1, 2.5, 1),
        (5.1, 2.0, 1), (5.3, 1.9, 1), (5.5, 2.1, 1), (5.0, 2.0, 1), (5.1, 2.4, 1),
        (5.3, 2.3, 1), (5.5, 1.8, 1), (6.7, 2.2, 1), (6.9, 2.3, 1), (5.0, 1.5, 1),
        (5.7, 2.3, 1), (4.9, 2.0, 1), (6.7, 2.0, 1), (4.9, 1.8, 1), (5.7, 2.1, 1),
        (6.0, 1.8, 1), (4.8, 1.8, 1), (4.9, 1.8, 1), (5.6, 2.1, 1), (5.8, 1.6, 1),
        (6.1, 1.9, 1), (6.4, 2.0, 1), (5.6, 2.2, 1), (5.1, 1.5, 1), (5.6, 1.4, 1),
        (6.1, 2.3, 1), (5.6, 2.4, 1), (5.5, 1.8, 1), (4.8, 1.8, 1), (5.4, 2.1, 1),
        (5.6, 2.4, 1), (5.1, 2.3, 1), (5.1, 1.9, 1), (5.9, 2.3, 1), (5.7, 2.5, 1),
        (5.2, 2.3, 1), (5.0, 1.9, 1), (5.2, 2.0, 1), (5.4, 2.3, 1), (5.1, 1.8, 1),
    ];

    /// <summary>
    /// The first index at which <paramref name="values"/> (a loss gap or a distance per iteration,
    /// starting with iteration 0) is at or below <paramref name="tolerance"/> and stays there for
    /// <paramref name="stay"/> consecutive values, or -1 when that never happens. With momentum the
    /// error spirals through zero, so a single value can dip below the tolerance long before the run
    /// has settled; asking it to stay a few dozen steps ignores such dips. A NaN or infinite value (a
    /// diverged run) ends the search with -1, because nothing after it counts.
    /// </summary>
    public static int IterationsToTolerance(IEnumerable<double> values, double tolerance, int stay = 1)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(stay, 1);
        var (k, runStart, runLength) = (0, -1, 0);
        foreach (var value in values)
        {
            if (!double.IsFinite(value)) return -1;
            if (value <= tolerance)
            {
                if (runLength++ == 0) runStart = k;
                if (runLength == stay) return runStart;
            }
            else runLength = 0;
            k++;
        }
        return -1;
    }
}
