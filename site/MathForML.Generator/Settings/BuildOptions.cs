namespace MathForML.Generator.Settings;

/// <summary>How a build runs, as the CLI or a test asks for it.</summary>
public sealed record BuildOptions
{
    /// <summary>Promote received snapshots to verified instead of reporting differences.</summary>
    public bool AcceptSnapshots { get; init; }

    /// <summary>Write the site to <see cref="CourseSettings.OutputDirectory"/> (tests of single stages turn this off).</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>Reuse cached cell outputs and rendered math (<c>--no-cache</c> turns this off).</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Compare cell outputs with the verified snapshots.</summary>
    public bool CompareSnapshots { get; init; } = true;
}
