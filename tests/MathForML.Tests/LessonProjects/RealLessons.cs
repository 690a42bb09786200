using MathForML.Generator.Commands;
using MathForML.Generator.Loading;
using MathForML.Generator.Markdown;
using MathForML.Generator.Model;
using MathForML.Generator.Settings;
using MathForML.Tests.Support;

namespace MathForML.Tests.LessonProjects;

/// <summary>The course's own lessons, read and parsed (not run), once per test run.</summary>
public static class RealLessons
{
    private static readonly Lazy<IReadOnlyList<Document>> Loaded = new(() =>
    {
        var settings = CourseSettingsLoader.Load(RepositoryPaths.Root);
        var result = SiteBuilder.BuildAsync(settings, new BuildOptions { WriteOutput = false, CompareSnapshots = false },
            stages: [new LoadLessons(), new ParseMarkdown()]).GetAwaiter().GetResult();
        return [.. result.Course.Lessons.Where(l => l.Cells.Any(c => c.Flags.Run))];
    });

    public static IReadOnlyList<Document> WithRunCells => Loaded.Value;

    public static Document Named(string name) => WithRunCells.Single(l => l.Name == name);

    /// <summary>xunit data: the name of every lesson with run cells.</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "input"), "??_*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal))
                data.Add(name!);
            return data;
        }
    }
}
