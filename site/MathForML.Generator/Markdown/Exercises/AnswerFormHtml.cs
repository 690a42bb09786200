using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using MathForML.Cells.Outputs;

namespace MathForML.Generator.Markdown.Exercises;

/// <summary>
/// The form under a checked exercise: a labelled text field (or radio buttons for a choice), a Check
/// button and a status line that site.js fills. It is <c>hidden</c> until site.js shows it, so
/// without JavaScript the exercise reads as before (question, hint, solution). The expected answer
/// rides along as JSON in <c>data-answer</c>: the page checks it on the device and sends nothing; a
/// reader who reads the source finds the key, as they would find the solution below it.
/// </summary>
public static class AnswerFormHtml
{
    public static string Render(AnswerOutput answer, string exerciseId, int exercise, string elementId)
    {
        var n = exercise.ToString(CultureInfo.InvariantCulture);
        var input = $"answer-{n}";
        var html = new StringBuilder();
        html.Append("<form class=\"exercise-check\" id=\"").Append(elementId).Append("\" data-exercise=\"").Append(Encode(exerciseId))
            .Append("\" data-answer=\"").Append(Encode(Json(answer))).Append("\" novalidate hidden>");
        if (answer.Kind == AnswerKind.Choice)
        {
            html.Append("<fieldset class=\"answer-choices\"><legend class=\"answer-label\">Your answer <span class=\"answer-format\">(choose one)</span></legend>");
            var options = answer.Options ?? [];
            for (var i = 0; i < options.Count; i++)
            {
                html.Append("<label class=\"answer-option\"><input type=\"radio\" name=\"").Append(input).Append("\" value=\"")
                    .Append(i.ToString(CultureInfo.InvariantCulture)).Append("\"> ").Append(Encode(options[i])).Append("</label>");
            }
            html.Append("</fieldset><div class=\"answer-row\">");
        }
        else
        {
            html.Append("<label class=\"answer-label\" for=\"").Append(input).Append("\">Your answer <span class=\"answer-format\">(")
                .Append(Encode(Format(answer))).Append(")</span></label><div class=\"answer-row\">")
                .Append("<input class=\"answer-input\" id=\"").Append(input).Append("\" type=\"text\" autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\">");
        }
        html.Append("<button type=\"submit\" class=\"button answer-check\">Check</button></div>")
            .Append("<p class=\"answer-feedback\" role=\"status\" aria-live=\"polite\"></p></form>");
        return html.ToString();
    }

    /// <summary>What to type, in the label: the reader must know the expected form before guessing it.</summary>
    public static string Format(AnswerOutput answer) => answer.Kind switch
    {
        AnswerKind.Number => "a number, such as 0.75, -3/4, 1e-3 or sqrt(2)/2",
        AnswerKind.Vector => $"a vector of {answer.Columns.ToString(CultureInfo.InvariantCulture)} entries separated by commas, such as {Example(answer.Columns)}",
        AnswerKind.Matrix => $"a {answer.Rows.ToString(CultureInfo.InvariantCulture)}×{answer.Columns.ToString(CultureInfo.InvariantCulture)} matrix, rows separated by semicolons, such as {MatrixExample(answer.Rows, answer.Columns)}",
        _ => "choose one",
    };

    private static string Example(int entries) => string.Join(", ", new[] { "1", "-2.5", "3/4", "0", "2" }.Take(Math.Min(entries, 5))) + (entries > 5 ? ", …" : "");

    private static string MatrixExample(int rows, int columns) =>
        string.Join("; ", Enumerable.Range(0, Math.Min(rows, 3)).Select(i => string.Join(" ", Enumerable.Range(1, Math.Min(columns, 3)).Select(j => (i * columns + j).ToString(CultureInfo.InvariantCulture)))))
        + (rows > 3 || columns > 3 ? " …" : "");

    /// <summary>The answer for site.js. Doubles are written in their shortest round-trip form, so the page checks against the very value the cell computed.</summary>
    public static string Json(AnswerOutput answer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("kind", answer.Kind.ToString().ToLowerInvariant());
            if (answer.Kind == AnswerKind.Choice)
            {
                json.WriteNumber("correct", answer.Correct ?? -1);
                json.WriteStartArray("options");
                foreach (var option in answer.Options ?? []) json.WriteStringValue(option);
                json.WriteEndArray();
            }
            else
            {
                json.WriteNumber("rows", answer.Rows);
                json.WriteNumber("columns", answer.Columns);
                json.WriteStartArray("values");
                foreach (var value in answer.Values) json.WriteNumberValue(value);
                json.WriteEndArray();
                if (answer.Tolerance is { } tolerance) json.WriteNumber("tolerance", tolerance);
                else json.WriteNumber("relative", AnswerOutput.RelativeTolerance);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
