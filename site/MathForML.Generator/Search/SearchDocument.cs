namespace MathForML.Generator.Search;

/// <summary>
/// One searchable section: a result links straight to its heading. <paramref name="Math"/> holds what
/// the section's formulas stand for (<see cref="TexMeanings"/>): searched, never shown in a snippet.
/// </summary>
public sealed record SearchDocument(string Id, string Lesson, string Section, string Url, string Text, string Math = "");
