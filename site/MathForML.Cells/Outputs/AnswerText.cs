using System.Globalization;
using System.Text;

namespace MathForML.Cells.Outputs;

/// <summary>
/// An exercise's expected answer as snapshot text, so that a changed key is a reviewed diff:
/// <c>[answer number]</c> then <c>1.6 (± 0.0016)</c>; a vector on one line, a matrix a row a line,
/// a choice an option a line with the correct one ticked. Values in full ("R"): the snapshot is
/// the key itself, not a rounded picture of it.
/// </summary>
public static class AnswerText
{
    public static string Header(AnswerOutput answer) => answer.Kind switch
    {
        AnswerKind.Number => "[answer number]",
        AnswerKind.Vector => $"[answer vector {Integer(answer.Columns)}]",
        AnswerKind.Matrix => $"[answer matrix {Integer(answer.Rows)}×{Integer(answer.Columns)}]",
        _ => "[answer choice]",
    };

    public static void AppendBody(AnswerOutput answer, StringBuilder text)
    {
        switch (answer.Kind)
        {
            case AnswerKind.Number:
                text.Append(Number(answer.Values[0])).Append(" (± ").Append(Tolerance(answer.Allowed(answer.Values[0]))).Append(")\n");
                break;
            case AnswerKind.Vector:
                text.Append(string.Join(", ", answer.Values.Select(Number))).Append(' ').Append(EachEntry(answer)).Append('\n');
                break;
            case AnswerKind.Matrix:
                for (var i = 0; i < answer.Rows; i++)
                    text.Append(string.Join(", ", answer.Values.Skip(i * answer.Columns).Take(answer.Columns).Select(Number))).Append('\n');
                text.Append(EachEntry(answer)).Append('\n');
                break;
            default:
                var options = answer.Options ?? [];
                for (var i = 0; i < options.Count; i++)
                    text.Append(i == answer.Correct ? "✓ " : "  ").Append(options[i]).Append('\n');
                break;
        }
    }

    /// <summary>The tolerance of a vector's or matrix's entries, in words.</summary>
    private static string EachEntry(AnswerOutput answer) => answer.Tolerance is { } absolute
        ? $"(each ± {Tolerance(absolute)})"
        : $"(each ± {Tolerance(AnswerOutput.RelativeTolerance)}·max(1, |entry|))";

    /// <summary>The expected value in full, as the page receives it.</summary>
    public static string Number(double value) => value == 0 ? "0" : value.ToString("R", CultureInfo.InvariantCulture);

    // A tolerance is read, not computed with: four significant digits hide 0.0016000000000000001.
    private static string Tolerance(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
