namespace MathForML.Cells.Formatting;

/// <summary>Which types are single values (shown as text) rather than things with parts (shown as tables).</summary>
internal static class ValueKinds
{
    /// <summary>
    /// Primitives, enums, strings, decimals and anything formattable (DateTime, Guid, Complex,
    /// BigInteger…). These have public properties too, but a table of DateTime's Year, Month and Ticks
    /// is not what anyone displaying dates wants.
    /// </summary>
    public static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive
            || type.IsEnum
            || type == typeof(string)
            || type == typeof(decimal)
            || typeof(IFormattable).IsAssignableFrom(type);
    }
}
