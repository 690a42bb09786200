namespace MathForML.Cells.Formatting;

/// <summary>
/// Picks which rows or columns of a long table to show: all of them up to a limit, otherwise the
/// first few, a gap (null) and the last few, so both ends of the data stay visible.
/// </summary>
internal static class Elision
{
    public static IReadOnlyList<int?> Indices(int count, int limit, int head, int tail)
    {
        if (count <= limit) return Enumerable.Range(0, count).Select(i => (int?)i).ToArray();
        return
        [
            .. Enumerable.Range(0, head).Select(i => (int?)i),
            null,
            .. Enumerable.Range(count - tail, tail).Select(i => (int?)i),
        ];
    }
}
