using System.Globalization;
using System.Text.RegularExpressions;

namespace MathForML.Bench;

/// <summary>
/// Makes a course k times its size for the scale benchmark: every lesson (<c>input/NN_*.md</c>) and
/// project (<c>input/projects/Project_NN_*.md</c>) is copied k − 1 times under a new name, with an order
/// and a title of its own (the build rejects a duplicate order), and its verified snapshot is copied
/// with it, so that a copy builds exactly like its original: same cells, same outputs, compared and
/// matched. Links and prerequisites are left as they are; a copy links to the originals, which exist.
/// Pages (<c>input/*.md</c> without a number) are not copied: a course grows by lessons.
/// </summary>
public static partial class CourseScaler
{
    [GeneratedRegex(@"^\d{2}_[A-Za-z0-9]+(_[A-Za-z0-9]+)*$")]
    private static partial Regex LessonName();

    [GeneratedRegex(@"^Project_\d{2}_[A-Za-z0-9]+(_[A-Za-z0-9]+)*$")]
    private static partial Regex ProjectName();

    /// <summary>The name of copy number <paramref name="copy"/> (2, 3…): still a valid lesson or project name.</summary>
    public static string CopyName(string name, int copy) => $"{name}_Copy{copy.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// How far apart the orders of two copies are: the next multiple of 100 above the highest order,
    /// so the copies of one lesson keep the originals' relative order and never meet another's.
    /// </summary>
    public static int OrderStride(int maxOrder) => (Math.Max(maxOrder, 0) / 100 + 1) * 100;

    /// <summary>
    /// The front matter of a copy: <c>order</c> moved up by (copy − 1) × stride, " (copy N)" after the
    /// title (inside its quotes if it has some). Only the front matter block is touched; the body,
    /// where "order:" or "title:" may appear in prose or code, is left alone.
    /// </summary>
    public static string RewriteFrontMatter(string markdown, int copy, int stride)
    {
        markdown = markdown.Replace("\r\n", "\n");
        if (!markdown.StartsWith("---\n", StringComparison.Ordinal))
            throw new InvalidOperationException("a lesson must start with front matter ('---')");
        var end = markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0) throw new InvalidOperationException("the front matter has no closing '---'");
        var lines = markdown[4..end].Split('\n');
        bool sawOrder = false, sawTitle = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("order:", StringComparison.Ordinal))
            {
                var order = int.Parse(line["order:".Length..].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
                lines[i] = "order: " + (order + (copy - 1) * stride).ToString(CultureInfo.InvariantCulture);
                sawOrder = true;
            }
            else if (line.StartsWith("title:", StringComparison.Ordinal))
            {
                var title = line["title:".Length..].Trim();
                var suffix = $" (copy {copy.ToString(CultureInfo.InvariantCulture)})";
                var quoted = title.Length >= 2 && (title[0] is '"' or '\'') && title[^1] == title[0];
                lines[i] = "title: " + (quoted ? title[..^1] + suffix + title[^1] : title + suffix);
                sawTitle = true;
            }
        }
        if (!sawOrder || !sawTitle) throw new InvalidOperationException("a lesson's front matter needs 'title' and 'order' to be copied");
        return "---\n" + string.Join('\n', lines) + markdown[end..];
    }

    /// <summary>A verified snapshot for a copy: its first line names the lesson's source file, the rest is the outputs.</summary>
    public static string RewriteSnapshot(string snapshot, string originalSource, string copySource)
    {
        snapshot = snapshot.Replace("\r\n", "\n");
        var header = "# Cell outputs of " + originalSource + "\n";
        if (!snapshot.StartsWith(header, StringComparison.Ordinal))
            throw new InvalidOperationException($"the snapshot of {originalSource} does not start with '{header.TrimEnd()}'");
        return "# Cell outputs of " + copySource + "\n" + snapshot[header.Length..];
    }

    /// <summary>What <see cref="Scale"/> made: documents with cells (lessons and projects) and how many of each.</summary>
    public sealed record Result(int Lessons, int Projects)
    {
        public int Documents => Lessons + Projects;
    }

    /// <summary>
    /// Adds copies 2…<paramref name="factor"/> of every lesson and project to the course at <paramref name="root"/>
    /// (its <c>input/</c> and <c>tests/snapshots/</c>), in place: a fresh copy of the course, scaled once. Factor 1 changes nothing.
    /// </summary>
    public static Result Scale(string root, int factor)
    {
        if (factor < 1) throw new ArgumentOutOfRangeException(nameof(factor), "the scale factor is a whole number from 1");
        var input = Path.Combine(root, "input");
        var snapshots = Path.Combine(root, "tests", "snapshots");
        var lessons = Originals(input, LessonName());
        var projectsFolder = Path.Combine(input, "projects");
        var projects = Directory.Exists(projectsFolder) ? Originals(projectsFolder, ProjectName()) : [];
        foreach (var group in new[] { lessons, projects })
        {
            var stride = OrderStride(group.Select(f => OrderOf(File.ReadAllText(f))).DefaultIfEmpty(0).Max());
            foreach (var file in group)
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var markdown = File.ReadAllText(file);
                var source = Path.GetRelativePath(root, file).Replace('\\', '/');
                var snapshot = Path.Combine(snapshots, name + ".verified.txt");
                for (var copy = 2; copy <= factor; copy++)
                {
                    var copyName = CopyName(name, copy);
                    var copyFile = Path.Combine(Path.GetDirectoryName(file)!, copyName + ".md");
                    File.WriteAllText(copyFile, RewriteFrontMatter(markdown, copy, stride));
                    // A lesson without a snapshot (one that runs no cell) has none to copy.
                    if (File.Exists(snapshot))
                    {
                        var copySource = Path.GetRelativePath(root, copyFile).Replace('\\', '/');
                        File.WriteAllText(Path.Combine(snapshots, copyName + ".verified.txt"), RewriteSnapshot(File.ReadAllText(snapshot), source, copySource));
                    }
                }
            }
        }
        return new Result(lessons.Count * factor, projects.Count * factor);
    }

    private static List<string> Originals(string folder, Regex name) =>
        [.. Directory.GetFiles(folder, "*.md")
            .Where(f => name.IsMatch(Path.GetFileNameWithoutExtension(f)))
            .Order(StringComparer.Ordinal)];

    private static int OrderOf(string markdown)
    {
        foreach (var line in markdown.Replace("\r\n", "\n").Split('\n').Skip(1).TakeWhile(l => l != "---"))
            if (line.StartsWith("order:", StringComparison.Ordinal))
                return int.Parse(line["order:".Length..].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
        return 0;
    }
}
