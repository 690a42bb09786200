namespace MathForML.Generator.Search;

/// <summary>One searchable section: a result links straight to its heading.</summary>
public sealed record SearchDocument(string Id, string Lesson, string Section, string Url, string Text);
