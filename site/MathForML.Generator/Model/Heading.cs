namespace MathForML.Generator.Model;

/// <summary>A heading of a lesson with the GitHub-style anchor id it gets on the page and on GitHub.</summary>
public sealed record Heading(int Level, string Text, string Anchor, int Line);
