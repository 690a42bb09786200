using System.Collections;
using MathForML.Cells.Outputs;

namespace MathForML.Cells.Formatting;

/// <summary>
/// Any other sequence: a table when its items have members (records, anonymous objects, tuples,
/// dictionary entries), otherwise its items as text, e.g. <c>[1, 2.5, 3]</c>.
/// </summary>
internal static class SequenceFormatter
{
    public static CellOutput Format(IEnumerable sequence)
    {
        var read = SequenceReader.Read(sequence, Limits.EnumeratedItems);
        var elementType = ElementType(sequence.GetType(), read.Items);
        if (elementType is not null && RecordMembers.IsRecordLike(elementType))
            return RecordTable.Build(elementType, read);
        return new ValueOutput(TypeNames.Of(sequence.GetType()), ValueText.Sequence(read, Limits.SequenceItems));
    }

    /// <summary>
    /// The declared item type, or, when that says little (object, an interface, an abstract class),
    /// the one runtime type all items share. Null when items differ in type.
    /// </summary>
    private static Type? ElementType(Type sequenceType, IReadOnlyList<object?> items)
    {
        var declared = TypeNames.EnumerableElement(sequenceType) ?? typeof(object);
        if (declared != typeof(object) && !declared.IsInterface && !declared.IsAbstract) return declared;
        var runtime = items.Where(item => item is not null).Select(item => item!.GetType()).Distinct().Take(2).ToArray();
        return runtime.Length == 1 ? runtime[0] : null;
    }
}
