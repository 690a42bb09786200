namespace MathForML.Generator.Model;

/// <summary>A place in a source file, 1-based, with the path relative to the course root (e.g. <c>input/01_Vectors.md</c>).</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}({Line},{Column})";
}
