using System.Runtime.CompilerServices;

namespace MathForML.Cells.Formatting;

/// <summary>
/// Names of types as a C# reader writes them ("double", "List&lt;int&gt;", "(int, string)"), for the label
/// above a displayed value. Compiler-made types get the name the reader would recognise instead.
/// </summary>
internal static class TypeNames
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(bool)] = "bool",
        [typeof(byte)] = "byte",
        [typeof(sbyte)] = "sbyte",
        [typeof(char)] = "char",
        [typeof(short)] = "short",
        [typeof(ushort)] = "ushort",
        [typeof(int)] = "int",
        [typeof(uint)] = "uint",
        [typeof(long)] = "long",
        [typeof(ulong)] = "ulong",
        [typeof(nint)] = "nint",
        [typeof(nuint)] = "nuint",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
        [typeof(string)] = "string",
        [typeof(object)] = "object",
    };

    public static string Of(Type type)
    {
        if (Keywords.TryGetValue(type, out var keyword)) return keyword;
        if (Nullable.GetUnderlyingType(type) is { } underlying) return Of(underlying) + "?";
        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            return Of(element) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }
        if (IsAnonymous(type)) return "anonymous";
        if (IsValueTuple(type)) return "(" + string.Join(", ", type.GetGenericArguments().Select(Of)) + ")";
        // Iterators, LINQ operators and other hidden implementations: name the interface the reader used.
        // (Judged on the generic definition: List<T> of a private record is still List.)
        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (!definition.IsVisible && EnumerableElement(type) is { } item) return $"IEnumerable<{Of(item)}>";

        var name = type.Name;
        var tick = name.IndexOf('`');
        if (tick >= 0) name = name[..tick];
        if (!type.IsGenericType) return name;
        // A nested type inside a generic type lists its parent's arguments too; show only its own.
        var arguments = type.GetGenericArguments().Skip(type.DeclaringType?.GetGenericArguments().Length ?? 0).ToArray();
        return arguments.Length == 0 ? name : $"{name}<{string.Join(", ", arguments.Select(Of))}>";
    }

    /// <summary>The T of the first <c>IEnumerable&lt;T&gt;</c> the type implements, or null.</summary>
    public static Type? EnumerableElement(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)) return type.GetGenericArguments()[0];
        return type.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .Select(i => i.GetGenericArguments()[0])
            .FirstOrDefault();
    }

    public static bool IsAnonymous(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
        && type.Name.Contains("AnonymousType", StringComparison.Ordinal);

    public static bool IsValueTuple(Type type) =>
        type.IsGenericType && type.IsValueType && type.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true;
}
