using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace MathForML.Examples;

/// <summary>
/// Helpers around matrix decompositions that several lessons use: the best rank-k approximation from
/// an SVD (Eckart–Young), column centring for PCA, and the classic ill-conditioned test matrices
/// (Hilbert, Vandermonde) on which solvers show their numerical behaviour.
/// </summary>
public static class Decompositions
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;

    /// <summary>
    /// A_k = Σ_{i &lt; k} σᵢ uᵢ vᵢᵀ, the sum of the first <paramref name="rank"/> terms of the SVD: the best
    /// approximation of rank at most k in both the spectral and the Frobenius norm. The SVD must have been
    /// computed with its singular vectors. Rank 0 gives the zero matrix.
    /// </summary>
    public static Matrix<double> LowRankApproximation(Svd<double> svd, int rank)
    {
        ArgumentNullException.ThrowIfNull(svd);
        ArgumentOutOfRangeException.ThrowIfNegative(rank);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rank, svd.S.Count);
        var (u, vt) = (svd.U, svd.VT);
        // Without vectors MathNet leaves U and Vᵀ as zero matrices; an orthogonal U is never zero.
        if (u.FrobeniusNorm() == 0)
            throw new ArgumentException("The SVD was computed without singular vectors: call Svd(computeVectors: true).", nameof(svd));
        var (m, n) = (u.RowCount, vt.ColumnCount);
        if (rank == 0) return M.Dense(m, n);
        var uk = u.SubMatrix(0, m, 0, rank);
        var sk = M.DenseOfDiagonalVector(svd.S.SubVector(0, rank));
        var vtk = vt.SubMatrix(0, rank, 0, n);
        return uk * sk * vtk;
    }

    /// <summary>The best rank-<paramref name="rank"/> approximation of <paramref name="a"/> (computes its SVD).</summary>
    public static Matrix<double> LowRankApproximation(Matrix<double> a, int rank)
    {
        ArgumentNullException.ThrowIfNull(a);
        return LowRankApproximation(a.Svd(computeVectors: true), rank);
    }

    /// <summary>The mean of each column: for a data matrix with one example per row, the mean example.</summary>
    public static Vector<double> ColumnMeans(Matrix<double> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.RowCount == 0) throw new ArgumentException("The matrix has no rows.", nameof(data));
        return data.ColumnSums() / data.RowCount;
    }

    /// <summary>The matrix with each column's mean subtracted from that column, so every column sums to zero.</summary>
    public static Matrix<double> CenterColumns(Matrix<double> data)
    {
        var mean = ColumnMeans(data);
        return data - M.Dense(data.RowCount, data.ColumnCount, (_, j) => mean[j]);
    }

    /// <summary>The n×n Hilbert matrix, hᵢⱼ = 1/(i + j + 1) counting from 0: symmetric positive definite and
    /// famously ill-conditioned (κ grows like e^{3.5n}).</summary>
    public static Matrix<double> Hilbert(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        return M.Dense(n, n, (i, j) => 1.0 / (i + j + 1));
    }

    /// <summary>The Vandermonde matrix with entries x[i]^j for j = 0 … columns−1: fitting a polynomial of
    /// degree columns−1 by least squares means solving with this matrix.</summary>
    public static Matrix<double> Vandermonde(IReadOnlyList<double> x, int columns)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        return M.Dense(x.Count, columns, (i, j) => Math.Pow(x[i], j));
    }
}
