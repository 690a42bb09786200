using System.Text.Json.Serialization;

namespace MathForML.Cells.Outputs;

/// <summary>What kind of answer an exercise asks the reader to type or choose.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnswerKind>))]
public enum AnswerKind { Number, Vector, Matrix, Choice }

/// <summary>
/// The expected answer of a checked exercise, computed by its <c>answer</c> cell at build time: the
/// page checks what the reader types against it in the browser. Numbers stay doubles all the way (a
/// vector or matrix row by row in <see cref="Values"/>), never formatted text, so no digit is lost
/// between the cell and the page. In JSON the kind of answer is <c>"answer"</c>: <c>"kind"</c>
/// already says which output this is.
/// </summary>
public sealed record AnswerOutput([property: JsonPropertyName("answer")] AnswerKind Kind, IReadOnlyList<double> Values) : CellOutput
{
    /// <summary>How far from the expected value an entry is accepted, relative to its size, when no absolute tolerance is given.</summary>
    public const double RelativeTolerance = 1e-3;

    /// <summary>Rows of a matrix (1 for a number or vector).</summary>
    public int Rows { get; init; } = 1;

    /// <summary>Columns of a matrix; entries of a vector; 1 for a number.</summary>
    public int Columns { get; init; } = 1;

    /// <summary>An absolute tolerance per entry; null means <see cref="RelativeTolerance"/> of the entry's size (at least of 1).</summary>
    public double? Tolerance { get; init; }

    /// <summary>The options of a choice, in the order the page shows them.</summary>
    public IReadOnlyList<string>? Options { get; init; }

    /// <summary>The index in <see cref="Options"/> of the correct option.</summary>
    public int? Correct { get; init; }

    /// <summary>How far an entry may be from <paramref name="expected"/> and still be right.</summary>
    public double Allowed(double expected) => Tolerance ?? RelativeTolerance * Math.Max(1, Math.Abs(expected));
}
