using System.Text.Json.Serialization;

namespace MathForML.Cells.Outputs;

/// <summary>
/// One thing a cell showed, in the order it was produced. Outputs are plain data so that they can
/// cross a process boundary, be cached and be written to a snapshot; each writer (HTML page,
/// snapshot file) picks how to show each kind, as Documenter keeps outputs per MIME type.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(TextOutput), "text")]
[JsonDerivedType(typeof(ValueOutput), "value")]
[JsonDerivedType(typeof(TableOutput), "table")]
[JsonDerivedType(typeof(ChartOutput), "chart")]
[JsonDerivedType(typeof(ExceptionOutput), "exception")]
[JsonDerivedType(typeof(AnswerOutput), "answer")]
public abstract record CellOutput;

/// <summary>Text the cell wrote to the console.</summary>
public sealed record TextOutput(string Text) : CellOutput;

/// <summary>A value shown by its text form (numbers in the invariant culture, anything else by ToString()).</summary>
public sealed record ValueOutput(string TypeName, string Text) : CellOutput;

/// <summary>
/// A table: a matrix or vector (caption gives its shape), or a sequence of records (one column per
/// property). Cells are already formatted text; elided rows or columns hold "⋮" or "…".
/// </summary>
public sealed record TableOutput(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : CellOutput
{
    /// <summary>True when the first column names the row (matrix row indices).</summary>
    public bool RowHeaders { get; init; }
}

/// <summary>A chart as a plotly.js figure: <c>{"data":[…],"layout":{…}}</c>, serialized deterministically.</summary>
public sealed record ChartOutput(string FigureJson) : CellOutput
{
    /// <summary>Title, axis titles and the traces' data for readers who cannot see the chart.</summary>
    public string? Title { get; init; }

    /// <summary>For a chart the reader explores with a slider: every frame (<see cref="FigureJson"/> is the initial one).</summary>
    public ChartFrames? Frames { get; init; }
}

/// <summary>
/// The frames of an explorable chart: the parameter's name, each value's text, each value's figure
/// JSON, and which frame is shown first (and wherever the chart cannot move).
/// </summary>
public sealed record ChartFrames(string Parameter, IReadOnlyList<string> Labels, IReadOnlyList<string> Figures, int Initial);

/// <summary>The exception a <c>throws</c> cell was expected to raise.</summary>
public sealed record ExceptionOutput(string TypeName, string Message) : CellOutput;
