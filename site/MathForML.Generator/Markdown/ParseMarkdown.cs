using Markdig.Renderers.Html;
using Markdig.Syntax;
using MathForML.Generator.Markdown.Cells;
using MathForML.Generator.Markdown.Exercises;
using MathForML.Generator.Markdown.Headings;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;
using MathForML.Generator.Search;

namespace MathForML.Generator.Markdown;

/// <summary>
/// Parses each file with the shared Markdig pipeline and finds what later stages need: the cells
/// (with their flags checked), the headings with their anchors, the objectives as Markdown.
/// </summary>
public sealed class ParseMarkdown : IBuildStage
{
    public string Name => "Parse Markdown";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var parsed = course.Documents.AsParallel().AsOrdered().Select(Parse).ToList();
        foreach (var doc in parsed) diagnostics.AddRange(Problems(doc));
        return Task.FromResult(course.WithDocuments(parsed).WithDiagnostics(diagnostics));
    }

    public static Document Parse(Document doc)
    {
        var ast = LessonMarkdown.Parse(doc.Markdown);
        var cells = new List<Cell>();
        foreach (var block in ast.Descendants<FencedCodeBlock>())
        {
            if (block is Markdig.Extensions.Mathematics.MathBlock || !CellInfo.IsCSharp(block.Info)) continue;
            var flags = CellInfo.Parse(block.Arguments, out _);
            if (!flags.Run) continue;
            var fence = doc.At(block.Line + 1, block.Column + 1);
            var code = doc.At(block.Line + 2, block.Column + 1);
            cells.Add(new Cell(cells.Count, block.Lines.ToString().Replace("\r\n", "\n"), flags, fence, code, block));
        }
        var (withExercises, _) = ExerciseAnswers.Attach(ast, cells);

        var slugger = new HeadingSlugger();
        var headings = new List<Heading>();
        foreach (var heading in ast.Descendants<HeadingBlock>())
        {
            var text = PlainText.Of(heading.Inline);
            var id = slugger.Slug(text);
            heading.GetAttributes().Id = id;
            headings.Add(new Heading(heading.Level, text, id, heading.Line + 1));
        }

        var objectives = doc.Front.Objectives.Select(LessonMarkdown.Parse).ToList();

        return doc with { Ast = ast, Cells = [.. withExercises], Headings = [.. headings], ObjectiveDocs = [.. objectives] };
    }

    /// <summary>Problems a parsed document has on its own: cell flags, unclosed fences, answer cells without their exercise.</summary>
    public static IEnumerable<Diagnostic> Problems(Document doc)
    {
        var lines = doc.Markdown.Split('\n');
        foreach (var block in doc.Ast!.Descendants<FencedCodeBlock>())
        {
            if (block.ClosingFencedCharCount == 0)
            {
                yield return Diagnostic.Error(DiagnosticCodes.UnclosedFence, doc.At(block.Line + 1, block.Column + 1),
                    $"this code block is never closed: add a line with {new string(block.FencedChar, System.Math.Max(3, block.OpeningFencedCharCount))} after its code");
            }
            if (block is Markdig.Extensions.Mathematics.MathBlock || !CellInfo.IsCSharp(block.Info)) continue;
            CellInfo.Parse(block.Arguments, out var problems);
            var fenceLine = lines[block.Line];
            var argumentsStart = block.Arguments is { Length: > 0 } args ? fenceLine.IndexOf(args, StringComparison.Ordinal) : fenceLine.Length;
            foreach (var (offset, code, message) in problems)
                yield return Diagnostic.Error(code, doc.At(block.Line + 1, System.Math.Max(0, argumentsStart) + offset + 1), message);
        }
        foreach (var problem in ExerciseAnswers.Attach(doc.Ast!, doc.Cells).Problems) yield return problem;
    }
}
