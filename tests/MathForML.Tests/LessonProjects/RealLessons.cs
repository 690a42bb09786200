using MathForML.Generator.Commands;
using MathForML.Generator.Loading;
using MathForML.Generator.Markdown;
using MathForML.Generator.Model;
using MathForML.Generator.Settings;
using MathForML.Tests.Support;

namespace MathForML.Tests.LessonProjects;

/// <summary>The course's own lessons and guided projects, read and parsed (not run), once per test run.</summary>
public static class RealLessons
{
    private static readonly Lazy<IReadOnlyList<Document>> Loaded = new(() =>
    {
        var settings = CourseSettingsLoader.Load(RepositoryPaths.Root);
        var result = SiteBuilder.BuildAsync(settings, new BuildOptions { WriteOutput = false, CompareSnapshots = false },
            stages: [new LoadLessons(), new ParseMarkdown()]).GetAwaiter().GetResult();
        return [.. result.Course.Lessons.Concat(result.Course.Projects).Where(l => l.Cells.Any(c => c.Flags.Run))];
    });

    public static IReadOnlyList<Document> WithRunCells => Loaded.Value;

    public static Document Named(string name) => WithRunCells.Single(l => l.Name == name);

    /// <summary>xunit data: the name of every lesson and project (those without run cells have nothing to test).</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            var input = Path.Combine(RepositoryPaths.Root, "input");
            var projects = Path.Combine(input, LoadLessons.ProjectsFolder);
            var files = Directory.EnumerateFiles(input, "??_*.md")
                .Concat(Directory.Exists(projects) ? Directory.EnumerateFiles(projects, "Project_??_*.md") : []);
            foreach (var name in files.Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal))
                data.Add(name!);
            return data;
        }
    }
}
