namespace MathForML.Generator.Model;

/// <summary>What the info string of a <c>csharp</c> code block asks for: <c>run hide throws timeout=60</c>.</summary>
public sealed record CellFlags(bool Run, bool Hide, bool Throws, TimeSpan Timeout)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    public static readonly CellFlags DisplayOnly = new(false, false, false, DefaultTimeout);
}
