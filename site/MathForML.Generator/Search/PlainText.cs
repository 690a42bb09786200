using System.Text;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MathForML.Generator.Search;

/// <summary>The words of Markdown nodes without markup, for headings, search and descriptions.</summary>
public static class PlainText
{
    /// <summary>The words of inlines, math kept as its LaTeX source (what GitHub's heading anchors use).</summary>
    public static string Of(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text, mathAsWords: false);
        return Normalize(text.ToString());
    }

    /// <summary>The words of a block, math turned into readable words for search and summaries.</summary>
    public static string Of(Block block)
    {
        var text = new StringBuilder();
        Append(block, text);
        return Normalize(text.ToString());
    }

    /// <summary>The words of inlines, math turned into readable words.</summary>
    public static string Words(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text, mathAsWords: true);
        return Normalize(text.ToString());
    }

    private static void Append(Block block, StringBuilder text)
    {
        switch (block)
        {
            case MathBlock math:
                text.Append(' ').Append(TexWords.ToText(math.Lines.ToString())).Append(' ');
                break;
            case FencedCodeBlock or CodeBlock or HtmlBlock:
                break; // code is not prose; raw HTML (details/summary tags) carries no words
            case LeafBlock leaf:
                Append(leaf.Inline, text, mathAsWords: true);
                text.Append(' ');
                break;
            case ContainerBlock container:
                foreach (var child in container) Append(child, text);
                break;
        }
    }

    private static void Append(Inline? inline, StringBuilder text, bool mathAsWords)
    {
        switch (inline)
        {
            case null: return;
            case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
            case CodeInline code: text.Append(code.Content); break;
            case MathInline math:
                text.Append(' ').Append(mathAsWords ? TexWords.ToText(math.Content.ToString()) : math.Content.ToString()).Append(' ');
                break;
            case LineBreakInline: text.Append(' '); break;
            case HtmlInline: break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(child, text, mathAsWords);
                break;
        }
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
