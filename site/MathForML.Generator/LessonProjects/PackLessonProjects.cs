using System.Diagnostics;
using System.Globalization;
using MathForML.Generator.Editions;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.LessonProjects;

/// <summary>
/// "Run it yourself": packs each lesson's run cells as a console project that <c>dotnet run</c>s and
/// prints the outputs the page shows, at <c>downloads/lessons/SLUG.zip</c>; the lesson page links
/// it. A lesson whose cells cannot become one compiling program gets a warning and no download.
/// Converting cells compiles them, so conversions are cached by the cells' code.
/// </summary>
/// <param name="conversion">The conversion <see cref="StartLessonProjects"/> started, if it did.</param>
public sealed class PackLessonProjects(Handoff<ProjectConversion> conversion) : IBuildStage
{
    public string Name => "Pack lesson projects";

    public async Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        // Nothing is written after a failed build.
        if (course.HasErrors) return course;

        var clock = Stopwatch.StartNew();
        var running = conversion.Started
            ?? ProjectConversion.Start(course, context.Settings.CacheDirectory, context.Options.UseCache, cancellationToken);
        var (lessons, keys, programs, converted, byWorkers) = await running.Completion;
        if (lessons.Count == 0) return course;

        var projects = new List<(string ZipPath, LessonProject Project)>();
        var diagnostics = new List<Diagnostic>();
        for (var i = 0; i < lessons.Count; i++)
        {
            var (lesson, program) = (lessons[i], programs[i]!);
            if (program.Template is null)
            {
                var at = program.ProblemCell is { } index ? LessonProjectMaker.RunCells(lesson)[index].FenceLocation : lesson.At(1);
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.LessonProjectUnavailable, at, program.Problem!));
                continue;
            }
            projects.Add((LessonProjectMaker.ZipPath(lesson), LessonProjectMaker.Assemble(lesson, program.Template, course.Settings.Site.Title)));
        }
        // Deflating every project was most of this stage once conversions are cached: their files'
        // deflated bytes are kept between builds, and the zips written on all cores.
        var entries = context.Options.UseCache ? new ZipEntryCache(context.Settings.CacheDirectory, "zip-projects") : ZipEntryCache.None();
        var files = new SiteFile[projects.Count];
        Parallel.For(0, projects.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => files[i] = new SiteFile(projects[i].ZipPath, ProjectArchive.Write(projects[i].Project, entries)));
        entries.Prune();

        var kilobytes = files.Sum(f => f.Content.Length) / 1024;
        context.Log.Info(string.Create(CultureInfo.InvariantCulture,
            $"Packed {files.Length} lesson projects ({kilobytes} KB; {converted} converted{(byWorkers > 0 ? $" ({byWorkers} by the cell workers)" : "")}, {lessons.Count - converted} from the cache), waited {clock.Elapsed.TotalSeconds:0.00} s"));
        return course.WithFiles(files).WithDiagnostics(diagnostics);
    }
}
