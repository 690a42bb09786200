using MathForML.Cells.Outputs;

namespace MathForML.Cells.Formatting;

/// <summary>
/// A sequence of records as a table: one column per member, one row per item, long tables cut to
/// their first and last rows with a "⋮" row between. The caption keeps the full count.
/// </summary>
internal static class RecordTable
{
    private const string RowGap = "⋮";

    public static TableOutput Build(Type elementType, SequenceReader.Result read)
    {
        var members = RecordMembers.Of(elementType);
        var columns = members.Select(member => member.Name).ToArray();

        // Reading stopped early: the true last rows are unknown, so show only the first ones.
        var indices = read.More
            ? [.. Enumerable.Range(0, Limits.TableHeadRows).Select(i => (int?)i), null]
            : Elision.Indices(read.Count, Limits.TableRows, Limits.TableHeadRows, Limits.TableTailRows);

        var rows = indices
            .Select(i => i is { } index
                ? members.Select(member => RecordMembers.CellText(member, read.Items[index])).ToArray()
                : Enumerable.Repeat(RowGap, columns.Length).ToArray())
            .ToArray<IReadOnlyList<string>>();
        return new TableOutput(Caption(read), columns, rows);
    }

    private static string Caption(SequenceReader.Result read) => read switch
    {
        { More: true } => $"more than {ValueText.Integer(read.Count)} rows",
        { Count: 1 } => "1 row",
        _ => $"{ValueText.Integer(read.Count)} rows",
    };
}
