using MathForML.Generator.Commands;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;
using MathForML.Generator.Reporting;
using MathForML.Generator.Settings;

namespace MathForML.Tests.Support;

/// <summary>
/// A small Markdown course in a temp folder, built with the real pipeline (mdBook's test harness
/// style). Deleted on dispose.
/// </summary>
public sealed class FixtureCourse : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "mathforml-tests", Guid.NewGuid().ToString("N"));

    public FixtureCourse()
    {
        Directory.CreateDirectory(Path.Combine(Root, "input"));
    }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public FixtureCourse With(string fileName, string markdown)
    {
        File.WriteAllText(Path.Combine(Input, fileName), markdown.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>Any file of the course, by its path relative to the course root (an image, a snapshot…).</summary>
    public FixtureCourse WithFile(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return this;
    }

    public string Snapshots => Path.Combine(Root, "tests", "snapshots");

    /// <summary>A minimal valid lesson with the given body.</summary>
    public FixtureCourse WithLesson(string name, int order, string body, string phase = "Basics", string extraFrontMatter = "") =>
        With(name + ".md", $"---\ntitle: {name[3..].Replace('_', ' ')}\norder: {order}\nphase: {phase}\nlevel: beginner\n{extraFrontMatter}---\n\n{body}");

    public CourseSettings Settings => CourseSettingsLoader.Load(Root);

    public Task<BuildResult> BuildAsync(BuildOptions? options = null, IReadOnlyList<IBuildStage>? stages = null) =>
        SiteBuilder.BuildAsync(Settings, options ?? new BuildOptions(), new ListBuildLog(), stages);

    /// <summary>Runs only the stages that read and check the course, without executing cells or writing.</summary>
    public Task<BuildResult> LoadAsync() =>
        BuildAsync(new BuildOptions { WriteOutput = false, CompareSnapshots = false },
            [new Generator.Loading.LoadLessons(), new Generator.Markdown.ParseMarkdown(), new Generator.Markdown.CheckLinks()]);

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

public static class DiagnosticAssertions
{
    public static Diagnostic Single(this IEnumerable<Diagnostic> diagnostics, string code)
    {
        var matching = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got: {string.Join(" | ", diagnostics)}");
        return matching[0];
    }
}
