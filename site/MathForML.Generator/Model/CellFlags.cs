namespace MathForML.Generator.Model;

/// <summary>What the info string of a <c>csharp</c> code block asks for: <c>run hide throws timeout=60</c>, or <c>answer tolerance=0.01</c>.</summary>
public sealed record CellFlags(bool Run, bool Hide, bool Throws, TimeSpan Timeout)
{
    /// <summary>
    /// An exercise's answer cell: executed like <c>run hide</c>, its final value is the exercise's
    /// expected answer, checked on the page. (<see cref="Run"/> and <see cref="Hide"/> are set too.)
    /// </summary>
    public bool Answer { get; init; }

    /// <summary>The absolute tolerance <c>tolerance=</c> gives an answer cell; null for the default.</summary>
    public double? Tolerance { get; init; }

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    public static readonly CellFlags DisplayOnly = new(false, false, false, DefaultTimeout);
}
