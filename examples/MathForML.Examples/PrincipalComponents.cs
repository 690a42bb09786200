using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// Principal component analysis of a data matrix with one example per row, computed from the SVD of the
/// centred data (never from the covariance matrix, which would square the condition number).
/// If X − 1μᵀ = UΣVᵀ, the principal directions are the columns of V, the variance along direction i is
/// σᵢ²/(n − 1), and the scores (coordinates of the examples along the directions) are (X − 1μᵀ)V = UΣ.
/// Each direction's sign is fixed so that its largest entry in absolute value is positive, which makes the
/// result independent of the sign choices inside the SVD.
/// </summary>
public sealed class PrincipalComponents
{
    private PrincipalComponents(Vector<double> mean, Matrix<double> components, Vector<double> variances)
    {
        Mean = mean;
        Components = components;
        Variances = variances;
    }

    /// <summary>The mean example μ, subtracted before projecting.</summary>
    public Vector<double> Mean { get; }

    /// <summary>d × r matrix whose orthonormal columns are the principal directions, by decreasing variance
    /// (r = min(n, d)).</summary>
    public Matrix<double> Components { get; }

    /// <summary>The variance of the data along each direction: the eigenvalues of the sample covariance matrix.</summary>
    public Vector<double> Variances { get; }

    /// <summary>Each direction's share of the total variance; the shares sum to 1.</summary>
    public Vector<double> ExplainedVarianceRatio => Variances / Variances.Sum();

    /// <summary>Fits PCA to <paramref name="data"/> (n examples as rows, d features as columns, n ≥ 2).</summary>
    public static PrincipalComponents Fit(Matrix<double> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.RowCount < 2) throw new ArgumentException("PCA needs at least two examples.", nameof(data));
        var mean = Decompositions.ColumnMeans(data);
        var centred = Decompositions.CenterColumns(data);
        var svd = centred.Svd(computeVectors: true);
        var r = Math.Min(data.RowCount, data.ColumnCount);
        var components = svd.VT.SubMatrix(0, r, 0, data.ColumnCount).Transpose();
        for (var j = 0; j < r; j++)
        {
            var column = components.Column(j);
            if (column[column.AbsoluteMaximumIndex()] < 0) components.SetColumn(j, -column);
        }
        var variances = svd.S.SubVector(0, r).PointwisePower(2) / (data.RowCount - 1);
        return new PrincipalComponents(mean, components, variances);
    }

    /// <summary>The scores of the examples on the first <paramref name="k"/> directions: (X − 1μᵀ)V_k, n × k.</summary>
    public Matrix<double> Transform(Matrix<double> data, int k)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckK(k);
        if (data.ColumnCount != Mean.Count)
            throw new ArgumentException($"Expected {Mean.Count} columns, got {data.ColumnCount}.", nameof(data));
        var centred = data - Matrix<double>.Build.Dense(data.RowCount, data.ColumnCount, (_, j) => Mean[j]);
        return centred * Components.SubMatrix(0, Components.RowCount, 0, k);
    }

    /// <summary>Maps scores on the first k directions back to data space: scores·V_kᵀ + 1μᵀ.</summary>
    public Matrix<double> Reconstruct(Matrix<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var k = scores.ColumnCount;
        CheckK(k);
        var back = scores * Components.SubMatrix(0, Components.RowCount, 0, k).Transpose();
        return back + Matrix<double>.Build.Dense(back.RowCount, back.ColumnCount, (_, j) => Mean[j]);
    }

    private void CheckK(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, Components.ColumnCount);
    }
}
