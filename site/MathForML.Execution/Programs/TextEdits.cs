using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace MathForML.Execution.Programs;

/// <summary>
/// A replacement of a span of a cell's code. An empty span inserts: before the code that follows it,
/// or, with <paramref name="AfterPrevious"/>, after the code that precedes it (which matters where
/// two pieces of the cell meet).
/// </summary>
public readonly record struct TextEdit(int Start, int End, string Text, bool AfterPrevious = false)
{
    public static TextEdit Replace(TextSpan span, string text) => new(span.Start, span.End, text);

    public static TextEdit InsertBefore(int position, string text) => new(position, position, text);

    public static TextEdit InsertAfter(int position, string text) => new(position, position, text, AfterPrevious: true);

    public bool IsIn(TextSpan span) => Start == End
        ? AfterPrevious ? Start > span.Start && Start <= span.End : Start >= span.Start && Start < span.End
        : Start >= span.Start && End <= span.End;
}

/// <summary>
/// Applies edits to pieces of a cell's code. Edits are small (a renamed identifier, an inserted
/// <c>Display(</c>), so the rest of the code keeps its layout and comments exactly.
/// </summary>
public sealed class TextEdits(string code)
{
    private readonly List<TextEdit> _edits = [];

    public void Add(TextEdit edit) => _edits.Add(edit);

    /// <summary>The code of <paramref name="span"/> with the edits inside it applied.</summary>
    public string Apply(TextSpan span)
    {
        var text = new StringBuilder();
        var position = span.Start;
        // Insertions before replacements at the same place; otherwise in order of position.
        foreach (var edit in _edits.Where(e => e.IsIn(span))
                     .OrderBy(e => e.Start).ThenBy(e => e.End - e.Start))
        {
            if (edit.Start < position) continue; // overlapping: the first one wins
            text.Append(code, position, edit.Start - position).Append(edit.Text);
            position = edit.End;
        }
        return text.Append(code, position, span.End - position).ToString();
    }
}
