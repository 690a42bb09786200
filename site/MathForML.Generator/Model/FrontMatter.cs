namespace MathForML.Generator.Model;

/// <summary>The YAML header of a lesson or page, validated.</summary>
public sealed record FrontMatter(
    string Title,
    int Order,
    string Phase,
    string Level,
    IReadOnlyList<string> Prerequisites,
    IReadOnlyList<string> Objectives,
    string? Description)
{
    public static readonly IReadOnlyList<string> Levels = ["beginner", "intermediate", "advanced"];
}
