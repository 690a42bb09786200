using MathForML.Examples;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class PrincipalComponentsTests
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;

    private static Matrix<double> Data()
    {
        var normal = new Normal(0, 1, new Random(7));
        var latent = M.Random(200, 2, normal);
        var mixing = M.DenseOfArray(new[,] { { 3.0, 1.0, 0.0 }, { 0.0, 0.5, 0.2 } });
        return latent * mixing + 0.01 * M.Random(200, 3, normal) + M.Dense(200, 3, (_, j) => j + 1.0);
    }

    [Fact]
    public void Variances_are_the_eigenvalues_of_the_sample_covariance()
    {
        var data = Data();
        var pca = PrincipalComponents.Fit(data);
        var centred = Decompositions.CenterColumns(data);
        var covariance = centred.TransposeThisAndMultiply(centred) / (data.RowCount - 1);
        var eigenvalues = covariance.Evd().EigenValues.Select(z => z.Real).OrderDescending().ToArray();

        Assert.True(LinearAlgebraChecks.MaxAbsDiff(pca.Variances.ToArray(), eigenvalues) < 1e-10);
        Assert.True(LinearAlgebraChecks.HasOrthonormalColumns(pca.Components));
        Assert.True(LinearAlgebraChecks.IsClose(covariance * pca.Components.Column(0), pca.Variances[0] * pca.Components.Column(0), 1e-10));
        Assert.Equal(1.0, pca.ExplainedVarianceRatio.Sum(), 12);
        Assert.True(pca.ExplainedVarianceRatio[1] < pca.ExplainedVarianceRatio[0]);
    }

    [Fact]
    public void Signs_are_fixed_by_the_largest_entry()
    {
        var pca = PrincipalComponents.Fit(Data());
        foreach (var column in pca.Components.EnumerateColumns())
            Assert.True(column[column.AbsoluteMaximumIndex()] > 0);
    }

    [Fact]
    public void Transform_and_reconstruct_round_trip_with_all_components()
    {
        var data = Data();
        var pca = PrincipalComponents.Fit(data);
        var scores = pca.Transform(data, 3);
        Assert.True(LinearAlgebraChecks.IsClose(pca.Reconstruct(scores), data, 1e-10));

        var twoScores = pca.Transform(data, 2);
        var error = (pca.Reconstruct(twoScores) - data).FrobeniusNorm();
        Assert.Equal(Math.Sqrt(pca.Variances[2] * (data.RowCount - 1)), error, 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => pca.Transform(data, 4));
        Assert.Throws<ArgumentException>(() => pca.Transform(M.Dense(3, 2), 1));
    }

    [Fact]
    public void Fewer_examples_than_features_gives_n_components()
    {
        var pca = PrincipalComponents.Fit(M.DenseOfArray(new[,] { { 1.0, 2.0, 3.0 }, { 2.0, 0.0, 1.0 } }));
        Assert.Equal(2, pca.Components.ColumnCount);
        Assert.Equal(0.0, pca.Variances[1], 12);
        Assert.Throws<ArgumentException>(() => PrincipalComponents.Fit(M.Dense(1, 3)));
    }
}
