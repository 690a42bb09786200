using MathForML.Cells.Answers;
using MathForML.Cells.Formatting;
using MathForML.Cells.Outputs;

namespace MathForML.Cells.Standalone;

/// <summary>
/// <c>Display</c> for a lesson run as a console program (the lesson pages' "run it yourself"
/// download): each value is formatted exactly as on the site and printed in the text form of the
/// verified snapshots, right where the program is, so it interleaves with <c>Console.WriteLine</c>.
/// </summary>
public static class ConsoleNotebook
{
    /// <summary>Prints a value: a matrix, vector or sequence of records as a table, a chart as its description, anything else as text.</summary>
    public static void Display(object? value)
    {
        // As on the site, null shows nothing.
        if (OutputFormatter.Format(value) is { } output) Console.Out.Write(OutputText.ForConsole(output));
    }

    /// <summary>Prints the exception a <c>throws</c> cell raises on purpose, as the page shows it: its type name and message.</summary>
    public static void DisplayException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Console.Out.Write(OutputText.ForConsole(new ExceptionOutput(exception.GetType().Name, exception.Message)));
    }

    /// <summary>
    /// Prints the expected answer an <c>answer</c> cell computes, as the lesson's snapshot records it
    /// (the page shows a form instead). <paramref name="tolerance"/> is the fence's <c>tolerance=</c>.
    /// </summary>
    public static void DisplayAnswer(object? value, double? tolerance)
    {
        var answer = AnswerValue.From(value, tolerance, out var problem);
        Console.Out.Write(answer is null ? problem + "\n" : OutputText.ForConsole(answer));
    }
}
