using Markdig.Extensions.Alerts;
using Markdig.Syntax;
using MathForML.Generator.Model;

namespace MathForML.Generator.Markdown.Exercises;

/// <summary>
/// Finds which exercise each <c>answer</c> cell answers: the nearest <c>&gt; [!EXERCISE]</c> callout
/// before it, with no heading and no <c>&lt;details&gt;</c> (hint, solution) in between, so the
/// answer form stands right under the question. Exercises are numbered by their callouts, from 1,
/// as lessons number them. An answer cell anywhere else, or a second one for the same exercise, is
/// an error at its fence: the reader would see a form that checks the wrong question.
/// </summary>
public static class ExerciseAnswers
{
    public static (IReadOnlyList<Cell> Cells, IReadOnlyList<Diagnostic> Problems) Attach(MarkdownDocument ast, IReadOnlyList<Cell> cells)
    {
        var byBlock = cells.Where(c => c.Flags.Answer).ToDictionary(c => (object)c.Block, c => c, ReferenceEqualityComparer.Instance);
        var exerciseOf = new Dictionary<int, int>();
        var problems = new List<Diagnostic>();
        var exercises = 0;
        int? open = null;          // the exercise an answer cell may still attach to
        var answered = false;      // whether that exercise has its answer cell
        string? closedBy = null;   // what ended the last exercise's reach, for the message

        foreach (var block in ast)
        {
            switch (block)
            {
                case AlertBlock alert when IsExercise(alert):
                    open = ++exercises;
                    answered = false;
                    closedBy = null;
                    break;
                case HeadingBlock:
                    if (open is not null) closedBy = "a heading";
                    open = null;
                    break;
                case HtmlBlock html when html.Lines.ToString().Contains("<details", StringComparison.OrdinalIgnoreCase):
                    if (open is not null) closedBy = "its hint or solution";
                    open = null;
                    break;
                case FencedCodeBlock fence when byBlock.Remove(fence, out var cell):
                    if (open is { } exercise && !answered)
                    {
                        exerciseOf[cell.Index] = exercise;
                        answered = true;
                    }
                    else if (open is not null)
                    {
                        problems.Add(Diagnostic.Error(DiagnosticCodes.SecondAnswer, cell.FenceLocation,
                            $"exercise {open} already has an answer cell: an exercise checks one answer (ask for the other parts in its text and solution)"));
                    }
                    else
                    {
                        problems.Add(Diagnostic.Error(DiagnosticCodes.AnswerWithoutExercise, cell.FenceLocation, closedBy is null
                            ? "an answer cell belongs right after the > [!EXERCISE] callout it answers, and there is none before it"
                            : $"an answer cell belongs right after the > [!EXERCISE] callout it answers, before {closedBy}: move it up"));
                    }
                    break;
            }
        }
        // Answer cells inside a quote, a list or a callout were not among the blocks walked.
        foreach (var cell in byBlock.Values)
        {
            problems.Add(Diagnostic.Error(DiagnosticCodes.AnswerWithoutExercise, cell.FenceLocation,
                "an answer cell stands on its own after the > [!EXERCISE] callout it answers, not inside a quote, list or callout"));
        }

        var attached = cells.Select(c => exerciseOf.TryGetValue(c.Index, out var n) ? c with { Exercise = n } : c).ToList();
        return (attached, problems);
    }

    private static bool IsExercise(AlertBlock alert) => alert.Kind.ToString().Equals("EXERCISE", StringComparison.OrdinalIgnoreCase);
}
