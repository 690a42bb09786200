using System.Globalization;

namespace MathForML.Generator.Snapshots;

/// <summary>
/// What changed between two snapshots, by cell: the short version a reviewer reads first
/// ("cell 3 changed, cell 9 added; 4 lines added, 2 removed") before the diff itself.
/// </summary>
public sealed record SnapshotSummary(IReadOnlyList<int> Changed, IReadOnlyList<int> Added, IReadOnlyList<int> Removed, int LinesAdded, int LinesRemoved)
{
    public static SnapshotSummary Of(string? verified, string received)
    {
        var before = Cells(verified ?? "");
        var after = Cells(received);
        var changed = after.Keys.Where(n => before.TryGetValue(n, out var old) && old != after[n]).Order().ToList();
        var added = after.Keys.Where(n => !before.ContainsKey(n)).Order().ToList();
        var removed = before.Keys.Where(n => !after.ContainsKey(n)).Order().ToList();
        var diff = SnapshotDiff.Unified(verified ?? "", received).Split('\n');
        return new SnapshotSummary(changed, added, removed,
            diff.Count(l => l.StartsWith("+ ", StringComparison.Ordinal)), diff.Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    public override string ToString()
    {
        var parts = new List<string>();
        void Add(IReadOnlyList<int> cells, string what)
        {
            if (cells.Count > 0) parts.Add($"{(cells.Count == 1 ? "cell" : "cells")} {string.Join(", ", cells.Select(c => c.ToString(CultureInfo.InvariantCulture)))} {what}");
        }
        Add(Changed, "changed");
        Add(Added, "added");
        Add(Removed, "removed");
        if (parts.Count == 0) parts.Add("the header changed");
        return $"{string.Join(", ", parts)}; {LinesAdded} line(s) added, {LinesRemoved} removed";
    }

    /// <summary>Each cell's section of a snapshot (from its "## cell N" line to the next), by cell number.</summary>
    private static Dictionary<int, string> Cells(string snapshot)
    {
        var cells = new Dictionary<int, string>();
        int? current = null;
        var text = new System.Text.StringBuilder();
        void Close()
        {
            if (current is { } n) cells[n] = text.ToString();
            text.Clear();
        }
        foreach (var line in snapshot.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("## cell ", StringComparison.Ordinal))
            {
                Close();
                var number = line[8..].Split(':')[0];
                current = int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            }
            text.Append(line).Append('\n');
        }
        Close();
        return cells;
    }
}
