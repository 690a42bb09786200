using MathForML.Generator.Model;
using MathForML.Generator.Writing;

namespace MathForML.Preview;

/// <summary>One finished preview build, as the terminal reports it.</summary>
public sealed record PreviewRebuild(
    int Number,
    IReadOnlyList<SourceChange> Trigger,
    BuildState State,
    IReadOnlyList<Diagnostic> Diagnostics,
    SiteChanges Changes,
    TimeSpan Elapsed,
    string? Failure)
{
    public bool IsInitial => Number == 1;
}

/// <summary>What the preview tells the person running it (the CLI prints it; tests record it).</summary>
public interface IPreviewReporter
{
    void Listening(Uri url, bool watchingTheme);

    void Rebuilding(int number, IReadOnlyList<SourceChange> trigger);

    void ExamplesRebuilding();

    void Rebuilt(PreviewRebuild rebuild);
}
