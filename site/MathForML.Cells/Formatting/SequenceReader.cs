using System.Collections;

namespace MathForML.Cells.Formatting;

/// <summary>
/// Reads a sequence once (a lazy one may differ on a second pass, e.g. random draws), keeping the first
/// items and counting the rest, and stops at <see cref="Limits.EnumeratedItems"/> so an endless
/// sequence cannot hang the build.
/// </summary>
internal static class SequenceReader
{
    /// <param name="Items">The first items read, at most the number asked for.</param>
    /// <param name="Count">How many items were read in all.</param>
    /// <param name="More">True when reading stopped at the limit with items left.</param>
    public sealed record Result(IReadOnlyList<object?> Items, int Count, bool More);

    public static Result Read(IEnumerable sequence, int keep)
    {
        var items = new List<object?>();
        var count = 0;
        var enumerator = sequence.GetEnumerator();
        try
        {
            while (count < Limits.EnumeratedItems && enumerator.MoveNext())
            {
                if (count < keep) items.Add(enumerator.Current);
                count++;
            }
            var more = count == Limits.EnumeratedItems && enumerator.MoveNext();
            return new Result(items, count, more);
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
        }
    }
}
