using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace MathForML.Generator.Snapshots;

/// <summary>A readable line diff of two snapshots: changed lines with two lines of context, '-' verified, '+' received.</summary>
public static class SnapshotDiff
{
    public static string Unified(string verified, string received, int context = 2)
    {
        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(verified, received, ignoreWhitespace: false);
        var lines = model.Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Unchanged) continue;
            for (var j = System.Math.Max(0, i - context); j <= System.Math.Min(lines.Count - 1, i + context); j++) show[j] = true;
        }
        var text = new StringBuilder();
        var skipped = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!show[i]) { skipped = true; continue; }
            if (skipped && text.Length > 0) text.Append("  …\n");
            skipped = false;
            var prefix = lines[i].Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => "  " };
            text.Append(prefix).Append(lines[i].Text).Append('\n');
        }
        return text.ToString();
    }
}
