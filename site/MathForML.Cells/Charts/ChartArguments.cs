using System.Globalization;

namespace MathForML.Cells.Charts;

/// <summary>
/// Argument checks shared by the <see cref="Chart"/> factories. Messages name the factory and the
/// lengths involved, because a lesson author only sees the message in a failed build.
/// </summary>
internal static class ChartArguments
{
    public static double[] Numbers(IEnumerable<double>? values, string factory, string parameter)
    {
        if (values is null) throw new ArgumentNullException(parameter, $"Chart.{factory}: {parameter} must not be null.");
        return values.ToArray();
    }

    public static string[] Labels(IEnumerable<string>? labels, string factory, string parameter)
    {
        if (labels is null) throw new ArgumentNullException(parameter, $"Chart.{factory}: {parameter} must not be null.");
        var array = labels.ToArray();
        if (Array.IndexOf(array, null) is var index and >= 0)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Chart.{factory}: {parameter}[{index}] is null; every label needs text."), parameter);
        return array;
    }

    public static void SameLength(int xLength, int yLength, string factory, string xName = "x", string yName = "y")
    {
        if (xLength != yLength)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"Chart.{factory}: {xName} has {xLength} values but {yName} has {yLength}; they must have the same length."));
    }

    /// <summary>Checks plotly's convention: z has one row per y value and one column per x value.</summary>
    public static void GridShape(double[,] z, int? xLength, int? yLength, string factory)
    {
        ArgumentNullException.ThrowIfNull(z);
        int rows = z.GetLength(0), columns = z.GetLength(1);
        var rowsMatch = yLength is null || yLength == rows;
        var columnsMatch = xLength is null || xLength == columns;
        if (rowsMatch && columnsMatch) return;

        var given = (xLength, yLength) switch
        {
            (not null, not null) => string.Create(CultureInfo.InvariantCulture, $"x has {xLength} values and y has {yLength}"),
            (not null, null) => string.Create(CultureInfo.InvariantCulture, $"x has {xLength} values"),
            _ => string.Create(CultureInfo.InvariantCulture, $"y has {yLength} values"),
        };
        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
            $"Chart.{factory}: z is {rows}×{columns} but {given}; z[i, j] is the value at y[i], x[j], so z needs one row per y value and one column per x value."));
    }
}
