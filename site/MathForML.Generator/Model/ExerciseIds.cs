using System.Globalization;

namespace MathForML.Generator.Model;

/// <summary>
/// How the reader's browser names a checked exercise in its stored progress:
/// <c>01-vectors-and-matrices#2</c> (the lesson's slug, the exercise's number). Kept stable across
/// builds, since a reader's answered exercises are stored under it.
/// </summary>
public static class ExerciseIds
{
    public static string Of(Document lesson, int exercise) => lesson.Slug + "#" + exercise.ToString(CultureInfo.InvariantCulture);

    /// <summary>The ids of the lesson's checked exercises (those with an answer cell), in order.</summary>
    public static IReadOnlyList<string> Checked(Document lesson) =>
        [.. lesson.Cells.Where(c => c.Flags.Answer && c.Exercise is not null).Select(c => Of(lesson, c.Exercise!.Value))];
}
