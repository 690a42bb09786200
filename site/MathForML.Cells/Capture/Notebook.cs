namespace MathForML.Cells.Capture;

/// <summary>
/// The ambient cell: which <see cref="OutputCollector"/> receives Display calls and console text
/// on this async flow. The executor sets it around each cell; helpers in examples/ may call
/// <see cref="Display"/> too.
/// </summary>
public static class Notebook
{
    private static readonly AsyncLocal<OutputCollector?> CurrentCollector = new();

    public static OutputCollector? Current
    {
        get => CurrentCollector.Value;
        set => CurrentCollector.Value = value;
    }

    /// <summary>Shows a value below the running cell (a chart, a matrix as a table, a number…).</summary>
    public static void Display(object? value)
    {
        var collector = Current ?? throw new InvalidOperationException("Display can only be called while a cell runs.");
        collector.Display(value);
    }
}
