using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// Small pieces for the diffusion-model project: a seeded two-moons data set (the geometry of
/// scikit-learn's <c>make_moons</c>, with the angle drawn at random so that fresh draws are new
/// samples of one distribution) and the energy distance between two point clouds, a two-sample
/// statistic that is zero exactly when the distributions agree.
/// </summary>
public static class Diffusion
{
    /// <summary>
    /// <paramref name="n"/> points of two interleaving half circles of radius 1. A point of the upper
    /// moon (label 0) is (cos θ, sin θ), one of the lower moon (label 1) is (1 − cos θ, 0.5 − sin θ),
    /// θ uniform in [0, π]; each label with probability ½; then Gaussian noise of standard deviation
    /// <paramref name="noise"/> is added to both coordinates.
    /// </summary>
    public static (Matrix<double> Points, int[] Labels) TwoMoons(int n, double noise, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(noise);
        ArgumentNullException.ThrowIfNull(random);
        var points = Matrix<double>.Build.Dense(n, 2);
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            var theta = Math.PI * random.NextDouble();
            labels[i] = random.Next(2);
            var (x, y) = labels[i] == 0 ? (Math.Cos(theta), Math.Sin(theta)) : (1 - Math.Cos(theta), 0.5 - Math.Sin(theta));
            // Box–Muller by hand so that the stream of numbers depends on the Random alone.
            points[i, 0] = x + noise * StandardNormal(random);
            points[i, 1] = y + noise * StandardNormal(random);
        }
        return (points, labels);
    }

    /// <summary>
    /// The energy distance between the rows of <paramref name="a"/> and of <paramref name="b"/>,
    /// 2·mean‖aᵢ − bⱼ‖ − mean‖aᵢ − aᵢ'‖ − mean‖bⱼ − bⱼ'‖, with the within-set means taken over
    /// pairs i ≠ i' (the unbiased U-statistic form). It estimates
    /// 2E‖X − Y‖ − E‖X − X'‖ − E‖Y − Y'‖, which is ≥ 0 and is 0 only when X and Y have the same
    /// distribution (Székely and Rizzo). O((n + m)²) distances: meant for a few thousand points.
    /// </summary>
    public static double EnergyDistance(Matrix<double> a, Matrix<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.ColumnCount != b.ColumnCount) throw new ArgumentException("the two sets must have the same dimension", nameof(b));
        if (a.RowCount < 2 || b.RowCount < 2) throw new ArgumentException("each set needs at least two points");
        var between = MeanDistance(a, b, skipDiagonal: false);
        return 2 * between - MeanDistance(a, a, skipDiagonal: true) - MeanDistance(b, b, skipDiagonal: true);
    }

    static double MeanDistance(Matrix<double> a, Matrix<double> b, bool skipDiagonal)
    {
        var (ra, rb, d) = (a.ToRowArrays(), b.ToRowArrays(), a.ColumnCount);
        var sum = 0.0;
        for (var i = 0; i < ra.Length; i++)
            for (var j = 0; j < rb.Length; j++)
            {
                if (skipDiagonal && i == j) continue;
                var s = 0.0;
                for (var k = 0; k < d; k++) s += (ra[i][k] - rb[j][k]) * (ra[i][k] - rb[j][k]);
                sum += Math.Sqrt(s);
            }
        var pairs = skipDiagonal ? (double)ra.Length * (ra.Length - 1) : (double)ra.Length * rb.Length;
        return sum / pairs;
    }

    static double StandardNormal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();          // in (0, 1], so the logarithm is finite
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
