using MathForML.Cells.Answers;
using MathForML.Cells.Capture;
using MathForML.Cells.Outputs;
using MathForML.Execution.Contract;

namespace MathForML.Execution.Sessions;

/// <summary>
/// The rules of an <c>answer</c> cell, checked where its value is still a live object: it shows
/// nothing but its final value (its code and outputs never reach the page, so a print would be lost
/// and a missing value would publish an exercise without a key), and that value is an answer. And
/// the reverse: <c>Answer.…</c> values belong in answer cells only.
/// </summary>
internal static class AnswerCells
{
    public sealed record Problem(string Code, string Message);

    /// <summary>The problem with an answer cell that ran without throwing, or null and its answer.</summary>
    public static Problem? Check(CellRequest cell, object? value, OutputCollector collector, out AnswerOutput? answer)
    {
        answer = null;
        if (collector.HasOutput)
            return new(ExecutionCodes.AnswerWithoutValue,
                "an answer cell shows nothing but its final value (the page shows a form, not outputs): move Console.Write and Display calls to a run cell");
        if (value is null)
            return new(ExecutionCodes.AnswerWithoutValue,
                "an answer cell must end with an expression without a semicolon whose value is the expected answer, e.g. Math.Sqrt(2) / 2");
        answer = AnswerValue.From(value, cell.Tolerance, out var problem);
        return answer is null ? new(ExecutionCodes.AnswerNotSupported, problem!) : null;
    }

    /// <summary>An expected answer shown by a cell that is not an answer cell: it would appear on the page as nothing.</summary>
    public static Problem? Misplaced(OutputCollector collector) =>
        collector.Peek().OfType<AnswerOutput>().Any()
            ? new(ExecutionCodes.AnswerOutsideAnswerCell,
                "Answer.Number, Vector, Matrix and Choice make an exercise's expected answer: use them as the last expression of a ```csharp answer cell")
            : null;
}
