using System.Text.Json;
using MathForML.Cells.Formatting;

namespace MathForML.Cells.Charts;

/// <summary>Describes one plotly trace object in a sentence: its kind, name, size and the ranges it covers.</summary>
internal static class TraceSummarizer
{
    /// <summary>How many bar or axis labels a sentence lists before eliding the rest.</summary>
    private const int MaxListedLabels = 10;

    public static TraceSummary Summarize(JsonElement trace)
    {
        var type = StringProperty(trace, "type") ?? "scatter";
        var name = StringProperty(trace, "name");
        var x = Values(trace, "x");
        var y = Values(trace, "y");

        return type switch
        {
            "scatter" when IsArrow(trace) => Arrow(name, x, y),
            "scatter" => Scatter(ScatterKind(StringProperty(trace, "mode")), name, x, y),
            "bar" => Bars(name, x, y),
            "histogram" => Histogram(name, x, trace),
            "heatmap" or "contour" or "surface" => Grid(type, name, x, y, trace),
            _ => new TraceSummary(type, name, Math.Max(x.Count, y.Count), $"{Heading(type, name)}: {Plural(Math.Max(x.Count, y.Count), "point")}."),
        };
    }

    private static TraceSummary Scatter(string kind, string? name, Axis x, Axis y)
    {
        var parts = new List<string> { Plural(x.Count, "point") };
        AddRange(parts, "x", x);
        AddRange(parts, "y", y);
        return new TraceSummary(kind, name, x.Count, $"{Heading(kind, name)}: {string.Join(", ", parts)}.");
    }

    private static TraceSummary Arrow(string? name, Axis x, Axis y)
    {
        var text = x.Count == 2 && y.Count == 2
            ? $"{Heading("arrow", name)}: from ({Number(x.Numbers[0])}, {Number(y.Numbers[0])}) to ({Number(x.Numbers[1])}, {Number(y.Numbers[1])})."
            : $"{Heading("arrow", name)}.";
        return new TraceSummary("arrow", name, x.Count, text);
    }

    private static TraceSummary Bars(string? name, Axis labels, Axis values)
    {
        var count = Math.Min(labels.Count, values.Count);
        var pairs = Enumerable.Range(0, Math.Min(count, MaxListedLabels))
            .Select(i => $"{labels.Label(i)} = {Number(values.Numbers[i])}")
            .ToList();
        if (count > MaxListedLabels) pairs.Add($"… ({Plural(count, "bar")})");
        return new TraceSummary("bar", name, count, $"{Heading("bar", name)}: {string.Join(", ", pairs)}.");
    }

    private static TraceSummary Histogram(string? name, Axis values, JsonElement trace)
    {
        var parts = new List<string> { Plural(values.Count, "value") };
        if (values.Range() is var (min, max)) parts[0] += $" from {Number(min)} to {Number(max)}";
        if (trace.TryGetProperty("nbinsx", out var bins) && bins.ValueKind == JsonValueKind.Number)
            parts.Add($"at most {Count(bins.GetInt32())} bins");
        return new TraceSummary("histogram", name, values.Count, $"{Heading("histogram", name)}: {string.Join(", ", parts)}.");
    }

    private static TraceSummary Grid(string type, string? name, Axis x, Axis y, JsonElement trace)
    {
        var rows = new List<Axis>();
        if (trace.TryGetProperty("z", out var z) && z.ValueKind == JsonValueKind.Array)
            rows.AddRange(z.EnumerateArray().Select(Axis.From));
        var columns = rows.Count == 0 ? 0 : rows.Max(row => row.Count);
        var parts = new List<string> { $"{Count(rows.Count)}×{Count(columns)} grid" };
        AddRange(parts, "x", x);
        AddRange(parts, "y", y);
        AddRange(parts, "z", Axis.Concat(rows));
        return new TraceSummary(type, name, rows.Sum(row => row.Count), $"{Heading(type, name)}: {string.Join(", ", parts)}.");
    }

    /// <summary>Adds "x from a to b" for numbers, or "x: a, b, c" for category labels.</summary>
    private static void AddRange(List<string> parts, string axisName, Axis axis)
    {
        if (axis.HasLabels)
        {
            var shown = Enumerable.Range(0, Math.Min(axis.Count, MaxListedLabels)).Select(axis.Label).ToList();
            if (axis.Count > MaxListedLabels) shown.Add("…");
            parts.Add($"{axisName}: {string.Join(", ", shown)}");
        }
        else if (axis.Range() is var (min, max))
        {
            parts.Add($"{axisName} from {Number(min)} to {Number(max)}");
        }
    }

    private static bool IsArrow(JsonElement trace) =>
        trace.TryGetProperty("marker", out var marker)
        && marker.ValueKind == JsonValueKind.Object
        && StringProperty(marker, "symbol") == "arrow";

    private static string ScatterKind(string? mode) => mode switch
    {
        "lines" => "line",
        "markers" => "points",
        null => "points",
        _ => mode,
    };

    private static string Heading(string kind, string? name)
    {
        var word = char.ToUpperInvariant(kind[0]) + kind[1..];
        return name is null ? word : $"{word} \"{name}\"";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{Count(count)} {noun}s";

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Number(double value) => NumberFormat.Compact(value);

    private static string? StringProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static Axis Values(JsonElement trace, string name) =>
        trace.TryGetProperty(name, out var values) ? Axis.From(values) : Axis.Empty;

    /// <summary>An array of a trace: its numbers (NaN for null or text) and, if any entry is text, its labels.</summary>
    private sealed record Axis(IReadOnlyList<double> Numbers, IReadOnlyList<string>? Labels)
    {
        public static readonly Axis Empty = new([], null);

        public int Count => Numbers.Count;
        public bool HasLabels => Labels is not null;

        public string Label(int index) => Labels?[index] ?? NumberFormat.Compact(Numbers[index]);

        public (double Min, double Max)? Range()
        {
            var finite = Numbers.Where(double.IsFinite).ToArray();
            return finite.Length == 0 ? null : (finite.Min(), finite.Max());
        }

        public static Axis From(JsonElement array)
        {
            if (array.ValueKind != JsonValueKind.Array) return Empty;
            var numbers = new List<double>();
            var labels = new List<string>();
            var anyText = false;
            foreach (var item in array.EnumerateArray())
            {
                switch (item.ValueKind)
                {
                    case JsonValueKind.Number:
                        numbers.Add(item.GetDouble());
                        labels.Add(NumberFormat.Compact(item.GetDouble()));
                        break;
                    case JsonValueKind.String:
                        anyText = true;
                        numbers.Add(double.NaN);
                        labels.Add(item.GetString() ?? "");
                        break;
                    default:
                        numbers.Add(double.NaN);
                        labels.Add("");
                        break;
                }
            }
            return new Axis(numbers, anyText ? labels : null);
        }

        public static Axis Concat(IEnumerable<Axis> axes) => new(axes.SelectMany(axis => axis.Numbers).ToArray(), null);
    }
}
