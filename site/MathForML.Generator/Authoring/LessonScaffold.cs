using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MathForML.Generator.Commands;
using MathForML.Generator.Loading;
using MathForML.Generator.Model;
using MathForML.Generator.Settings;

namespace MathForML.Generator.Authoring;

/// <summary>A lesson file <c>new</c> wrote.</summary>
public sealed record ScaffoldedLesson(string FullPath, string SourcePath, int Order, string Phase, IReadOnlyList<string> Prerequisites);

/// <summary>Why a lesson could not be scaffolded; the message says what to do instead.</summary>
public sealed class ScaffoldException(string message) : Exception(message);

/// <summary>
/// Writes a new lesson at the next free <c>order</c>, with complete front matter, the sections the
/// lesson guide asks for (why it matters, concept sections, in machine learning, pitfalls,
/// exercises with solutions, summary, further reading) and one example cell, so that it builds
/// cleanly as it is and shows each authoring feature where it is used.
/// </summary>
public static partial class LessonScaffold
{
    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\d{2}_")]
    private static partial Regex NumberedFile();

    public static async Task<ScaffoldedLesson> CreateAsync(CourseSettings settings, string title, string? phase = null, string level = "beginner", CancellationToken cancellationToken = default)
    {
        title = title.Trim();
        if (!FrontMatter.Levels.Contains(level))
            throw new ScaffoldException($"unknown level '{level}': use one of {string.Join(", ", FrontMatter.Levels)}");
        var words = Word().Matches(WithoutAccents(title)).Select(m => m.Value).ToList();
        if (words.Count == 0)
            throw new ScaffoldException($"the title '{title}' has no letters or digits to name the file with");

        var loaded = await SiteBuilder.BuildAsync(settings, new BuildOptions { WriteOutput = false, CompareSnapshots = false }, stages: [new LoadLessons()], cancellationToken: cancellationToken);
        var lessons = loaded.Course.Lessons;
        var order = NextOrder(settings.InputDirectory, lessons);
        if (order > 99)
            throw new ScaffoldException($"the next order would be {order}, but lesson file names have two digits (NN_Title.md): renumber the course first");
        var last = lessons.OrderBy(l => l.Front.Order).LastOrDefault();
        var chosenPhase = string.IsNullOrWhiteSpace(phase) ? last?.Front.Phase ?? "Unsorted" : phase.Trim();
        IReadOnlyList<string> prerequisites = last is null ? [] : [last.Name];

        var name = $"{order.ToString("00", CultureInfo.InvariantCulture)}_{string.Join('_', words)}";
        var path = Path.Combine(settings.InputDirectory, name + ".md");
        if (File.Exists(path)) throw new ScaffoldException($"{settings.Relative(path)} already exists");
        Directory.CreateDirectory(settings.InputDirectory);
        await File.WriteAllTextAsync(path, Markdown(title, order, chosenPhase, level, prerequisites), cancellationToken);
        return new ScaffoldedLesson(path, settings.Relative(path), order, chosenPhase, prerequisites);
    }

    /// <summary>
    /// One past the highest order in use, counting the <c>NN_</c> of every file too, so a lesson
    /// whose front matter is broken still keeps its number.
    /// </summary>
    private static int NextOrder(string inputDirectory, IEnumerable<Document> lessons)
    {
        var fromFiles = Directory.Exists(inputDirectory)
            ? Directory.EnumerateFiles(inputDirectory, "*.md").Select(Path.GetFileName).OfType<string>()
                .Where(f => NumberedFile().IsMatch(f)).Select(f => int.Parse(f[..2], CultureInfo.InvariantCulture))
            : [];
        var highest = lessons.Select(l => l.Front.Order).Concat(fromFiles).DefaultIfEmpty(-1).Max();
        return highest + 1;
    }

    public static string Markdown(string title, int order, string phase, string level, IReadOnlyList<string> prerequisites)
    {
        var prerequisiteList = string.Join(", ", prerequisites);
        var previous = prerequisites.Count > 0 ? $"[the previous lesson]({prerequisites[^1]}.md)" : "the previous lesson";
        return $$$"""
            ---
            title: {{{Yaml(title)}}}
            order: {{{order.ToString(CultureInfo.InvariantCulture)}}}
            phase: {{{Yaml(phase)}}}
            level: {{{level}}}
            description: One sentence on what this lesson covers, shown on the home page and in search results.
            prerequisites: [{{{prerequisiteList}}}]
            objectives:
              - State the main definition of this lesson and compute it by hand on a small example
              - Check the main result numerically in C#
              - Recognize where the concept appears in machine learning models
            ---

            ## Why this matters for ML

            One or two paragraphs with a concrete machine learning use of this lesson's idea. Link back
            to what it builds on, for example {{{previous}}}.

            ## A first concept

            Start from intuition (a chart helps), then give the definition, the statement and a
            derivation or proof sketch. Define every symbol before using it: for a vector
            $\mathbf{x} \in \mathbb{R}^n$ the Euclidean norm is

            $$
            \|\mathbf{x}\|_2 = \sqrt{\mathbf{x}^\top \mathbf{x}} = \sqrt{\sum_{i=1}^{n} x_i^2}.
            $$

            Then compute it in C# and check it numerically. Cells marked `run` execute at build time and
            share state, like a notebook; the last expression of a cell is displayed.

            ```csharp run
            var x = Vector<double>.Build.Dense(new[] { 3.0, 4.0 });
            Console.WriteLine($"norm = {x.L2Norm()}");
            Math.Abs(x.L2Norm() - Math.Sqrt(x * x)) < 1e-12
            ```

            > [!DEFINITION]
            > State each definition in a callout like this one.

            ## In machine learning

            Where the concept appears in real models, with a worked example.

            ## Pitfalls and numerical notes

            What goes wrong in floating point, and how to avoid it.

            ## Exercises

            > [!EXERCISE]
            > 1. A routine exercise.

            <details><summary>Solution</summary>

            A worked solution.

            </details>

            ## Summary

            The key formulas on one screen.

            ## Further reading

            - Entries on the Resources page and the references.

            """;
    }

    /// <summary>
    /// "Régression" → "Regression", so accented titles still give readable ASCII file names. A table,
    /// not Unicode decomposition: the build runs with invariant globalization, which does not normalize.
    /// </summary>
    private static string WithoutAccents(string text)
    {
        var ascii = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var i = Accented.IndexOf(c);
            ascii.Append(i < 0 ? c.ToString() : Plain[i] == '*' ? Ligature(c) : Plain[i].ToString());
        }
        return ascii.ToString();
    }

    private const string Accented = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćČčĎďĐđÈÉÊËèéêëĒēĖėĘęĚěĞğĢģÌÍÎÏìíîïĪīĮįİıĶķĹĺĻļĽľŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŐőŔŕŘřŚśŞşŠšŢţŤťÙÚÛÜùúûüŪūŮůŰűŲųÝýÿŹźŻżŽžßÆæŒœ";
    private const string Plain = "AAAAAAaaaaaaAaAaAaCcCcCcDdDdEEEEeeeeEeEeEeEeGgGgIIIIiiiiIiIiIiKkLlLlLlLlNnNnNnNnOOOOOOooooooOoOoRrRrSsSsSsTtTtUUUUuuuuUuUuUuUuYyyZzZzZz*****";

    private static string Ligature(char c) => c switch { 'ß' => "ss", 'Æ' => "AE", 'æ' => "ae", 'Œ' => "OE", _ => "oe" };

    /// <summary>A YAML scalar: plain when that reads the same, otherwise double-quoted (JSON strings are valid YAML).</summary>
    private static string Yaml(string value) =>
        PlainScalar().IsMatch(value) ? value : JsonSerializer.Serialize(value, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 ,.()'-]*$")]
    private static partial Regex PlainScalar();
}
