using System.Collections;
using System.Reflection;

namespace MathForML.Cells.Formatting;

/// <summary>
/// The columns of a table of records: the public instance properties and fields of the element
/// type. Properties come before fields, base-class members before derived ones, each group in
/// declaration order (metadata order, which is what reflection returns for one type).
/// </summary>
internal static class RecordMembers
{
    /// <summary>True for types best shown one column per member: records, anonymous types, tuples, pairs.</summary>
    public static bool IsRecordLike(Type type) =>
        !ValueKinds.IsSimple(type)
        && !typeof(IEnumerable).IsAssignableFrom(type)
        && Of(type).Count > 0;

    public static IReadOnlyList<MemberInfo> Of(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var properties = type.GetProperties(flags)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
            .Cast<MemberInfo>();
        var fields = type.GetFields(flags).Cast<MemberInfo>();
        return properties.OrderBy(Depth).ThenBy(m => m.MetadataToken)
            .Concat(fields.OrderBy(Depth).ThenBy(m => m.MetadataToken))
            .ToArray();
    }

    /// <summary>The member's value as cell text; a getter that throws shows the exception's type instead of failing the cell.</summary>
    public static string CellText(MemberInfo member, object? item)
    {
        if (item is null) return "";
        try
        {
            var value = member switch
            {
                PropertyInfo property => property.GetValue(item),
                FieldInfo field => field.GetValue(item),
                _ => null,
            };
            return ValueText.Cell(value);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } inner)
        {
            return $"({inner.GetType().Name})";
        }
    }

    /// <summary>How far below <see cref="object"/> the declaring type is, so that base members sort first.</summary>
    private static int Depth(MemberInfo member)
    {
        var depth = 0;
        for (var type = member.DeclaringType; type is not null; type = type.BaseType) depth++;
        return depth;
    }
}
