using MathForML.Cells.Formatting;
using MathForML.Cells.Outputs;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Cells.Answers;

/// <summary>
/// Turns the value an <c>answer</c> cell ends with into the expected answer: any number, a vector
/// (<c>Vector&lt;double&gt;</c>, <c>double[]</c>), a matrix (<c>Matrix&lt;double&gt;</c>, <c>double[,]</c>)
/// or what <see cref="Answer"/> made. The site and the lesson's console program both convert with
/// this, so they agree on what the answer is.
/// </summary>
public static class AnswerValue
{
    /// <summary>
    /// The answer, with <paramref name="tolerance"/> (the fence's <c>tolerance=</c>) applied unless the
    /// cell chose one itself; null with a <paramref name="problem"/> for a value that is no answer.
    /// </summary>
    public static AnswerOutput? From(object? value, double? tolerance, out string? problem)
    {
        problem = null;
        AnswerOutput? answer;
        try
        {
            answer = Convert(value, tolerance);
        }
        catch (ArgumentException e)
        {
            problem = $"the answer cell's value is no answer: {e.Message}";
            return null;
        }
        if (answer is null)
        {
            var what = value is null ? "no value" : $"a value of type {TypeNames.Of(value.GetType())}";
            problem = $"the answer cell ends with {what}: an answer is a number, a Vector<double> or double[], a Matrix<double> or double[,], "
                + "or Answer.Choice(options, correct) for a choice";
        }
        return answer;
    }

    private static AnswerOutput? Convert(object? value, double? tolerance) =>
        value switch
        {
            AnswerOutput given => given.Kind != AnswerKind.Choice && given.Tolerance is null ? given with { Tolerance = tolerance } : given,
            double or float or decimal or int or long or short or byte or sbyte or uint or ulong or ushort =>
                Answer.Number(System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), tolerance),
            Vector<double> vector => Answer.Vector(vector, tolerance),
            double[] array => Answer.Vector(array, tolerance),
            Matrix<double> matrix => Answer.Matrix(matrix, tolerance),
            double[,] array => Answer.Matrix(array, tolerance),
            _ => null,
        };
}
