using System.Diagnostics;
using System.Globalization;
using MathForML.Generator.LessonProjects;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Stages;

/// <summary>
/// "Run it yourself": packs each lesson's run cells as a console project that <c>dotnet run</c>s and
/// prints the outputs the page shows, at <c>downloads/lessons/SLUG.zip</c>; the lesson page links
/// it. A lesson whose cells cannot become one compiling program gets a warning and no download.
/// Converting cells compiles them, so conversions are cached by the cells' code.
/// </summary>
public sealed class PackLessonProjects : IBuildStage
{
    public string Name => "Pack lesson projects";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        // Nothing is written after a failed build (nor by check and serve, which write no site).
        if (!context.Options.WriteOutput || course.HasErrors) return Task.FromResult(course);
        var lessons = course.Lessons.Where(l => l.Cells.Any(c => c.Flags.Run)).ToList();
        if (lessons.Count == 0) return Task.FromResult(course);

        var clock = Stopwatch.StartNew();
        var cache = new ProjectCache(context.Settings.CacheDirectory);
        var keys = lessons.Select(ProjectCache.Key).ToList();
        var programs = lessons.Select((_, i) => context.Options.UseCache ? cache.TryGet(keys[i]) : null).ToArray();
        var toConvert = Enumerable.Range(0, lessons.Count).Where(i => programs[i] is null).ToList();
        // Converting compiles a lesson's cells: one lesson per core.
        Parallel.ForEach(toConvert, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            programs[i] = LessonProjectMaker.Convert(lessons[i], cancellationToken);
            cache.Put(keys[i], programs[i]!);
        });

        var files = new List<SiteFile>();
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
            var project = LessonProjectMaker.Assemble(lesson, program.Template, course.Settings.Site.Title);
            files.Add(new SiteFile(LessonProjectMaker.ZipPath(lesson), ProjectArchive.Write(project)));
        }
        cache.KeepOnly(keys.ToHashSet(StringComparer.Ordinal));

        var kilobytes = files.Sum(f => f.Content.Length) / 1024;
        context.Log.Info(string.Create(CultureInfo.InvariantCulture,
            $"Packed {files.Count} lesson projects ({kilobytes} KB; {toConvert.Count} converted, {lessons.Count - toConvert.Count} from the cache) in {clock.Elapsed.TotalSeconds:0.00} s"));
        return Task.FromResult(course.WithFiles(files).WithDiagnostics(diagnostics));
    }
}
