using System.Globalization;
using MathForML.Cells.Outputs;

namespace MathForML.Cells.Charts;

/// <summary>
/// A chart a reader explores: one frame per value of a parameter (a step size, a polynomial's
/// order, a rank), all computed when the cell runs. The page shows the frame of the initial value
/// with a slider that switches frames without recomputing anything, which is what lets an
/// explorable work from a static site and from <c>file://</c>. Everything that cannot move (the
/// static image, the data table, the print edition) shows the initial frame.
/// Made by <see cref="Chart.Sweep{T}(string, IEnumerable{T}, Func{T, GenericChart})"/>; displayed like a chart.
/// </summary>
public sealed class ChartSweep
{
    /// <summary>
    /// More frames than this make a page heavy to download for a slider nobody can step through
    /// value by value; a sweep should show how the chart changes, not sample it finely.
    /// </summary>
    public const int MaxFrames = 60;

    private readonly string? _title;

    internal ChartSweep(string parameter, IReadOnlyList<string> labels, IReadOnlyList<GenericChart> frames, int initialIndex, string? title)
    {
        Parameter = parameter;
        Labels = labels;
        Frames = frames;
        InitialIndex = initialIndex;
        _title = title;
    }

    /// <summary>The parameter's name, as the slider's label shows it (e.g. "step size η").</summary>
    public string Parameter { get; }

    /// <summary>Each value's text, in the invariant culture, in frame order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>One chart per value, in the order the values were given.</summary>
    public IReadOnlyList<GenericChart> Frames { get; }

    /// <summary>The frame shown first, and wherever the chart cannot move.</summary>
    public int InitialIndex { get; }

    /// <summary>The caption: the title given to the sweep, else the initial frame's title.</summary>
    public string? Title => _title ?? Frames[InitialIndex].Title;

    /// <summary>Captions the chart as a whole; the frames keep their own titles (e.g. "order 5: error 0.02").</summary>
    public ChartSweep WithTitle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ChartSweep(Parameter, Labels, Frames, InitialIndex, text);
    }

    /// <summary>
    /// The output a page shows: the initial frame's figure, as any chart has, plus every frame, with
    /// the axes (and colour scales) fixed to what all frames need, so that moving the slider shows
    /// the data change rather than the axes jump.
    /// </summary>
    public ChartOutput ToOutput()
    {
        var figures = SweepAxes.Share(Frames.Select(frame => frame.ToFigureJson()).ToArray());
        return new ChartOutput(figures[InitialIndex])
        {
            Title = Title,
            Frames = new ChartFrames(Parameter, Labels, figures, InitialIndex),
        };
    }

    /// <summary>The initial frame in words, and the values the reader can move through.</summary>
    public override string ToString() =>
        Frames[InitialIndex].Describe() + "\n" + string.Create(CultureInfo.InvariantCulture,
            $"{Parameter}: {string.Join(", ", Labels)} (shown at {Labels[InitialIndex]})");
}
