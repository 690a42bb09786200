using System.Globalization;
using MathForML.Cells.Formatting;

namespace MathForML.Cells.Charts;

/// <summary>A value that may be absent, whatever T is (a nullable T? cannot say "no initial value" for T = int).</summary>
internal sealed record Box<T>(T Value);

/// <summary>
/// Builds a <see cref="ChartSweep"/>: draws every frame and checks what an author can get wrong, with
/// messages that name the parameter and the value, since the author sees only the message.
/// </summary>
internal static class Sweeps
{
    public static ChartSweep Make<T>(string parameter, IEnumerable<T> values, Box<T>? initial, Func<T, GenericChart> draw)
    {
        if (string.IsNullOrWhiteSpace(parameter)) throw new ArgumentException("Chart.Sweep: give the parameter a name, e.g. \"step size η\".", nameof(parameter));
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(draw);
        var list = values.ToArray();
        if (list.Length == 0) throw new ArgumentException($"Chart.Sweep: {parameter} has no values; give at least one.", nameof(values));
        if (list.Length > ChartSweep.MaxFrames)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"Chart.Sweep: {parameter} has {list.Length} values; at most {ChartSweep.MaxFrames} frames keep a page light. Take fewer values."), nameof(values));

        var labels = list.Select(Label).ToArray();
        if (labels.GroupBy(l => l, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            throw new ArgumentException($"Chart.Sweep: {parameter} = {repeated.Key} is given twice; each value makes one frame.", nameof(values));

        var initialIndex = 0;
        if (initial is not null)
        {
            initialIndex = Array.FindIndex(list, v => EqualityComparer<T>.Default.Equals(v, initial.Value));
            if (initialIndex < 0)
                throw new ArgumentException($"Chart.Sweep: the initial {parameter} = {Label(initial.Value)} is not one of its values ({string.Join(", ", labels)}).", nameof(initial));
        }

        var frames = new GenericChart[list.Length];
        for (var i = 0; i < list.Length; i++)
            frames[i] = draw(list[i]) ?? throw new InvalidOperationException($"Chart.Sweep: drawing {parameter} = {labels[i]} gave no chart (null).");
        return new ChartSweep(parameter.Trim(), labels, frames, initialIndex, title: null);
    }

    private static string Label<T>(T value) => value is null ? "null" : ValueText.Full(value);
}
