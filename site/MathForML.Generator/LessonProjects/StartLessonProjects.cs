using MathForML.Generator.CellExecution;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.LessonProjects;

/// <summary>
/// Starts converting each lesson's cells into a console program in the background (see
/// <see cref="ProjectConversion"/>): by the workers for the lessons <see cref="StartCells"/> asked them
/// to convert (a first build, with more lessons to run than workers), here for the others;
/// <see cref="PackLessonProjects"/> collects the result.
/// </summary>
public sealed class StartLessonProjects(Handoff<ExecuteCells.Running> cells, Handoff<ProjectConversion> programs) : IBuildStage
{
    public string Name => "Start lesson projects";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        if (course.HasErrors) return Task.FromResult(course);
        var running = cells.Started?.Converting;
        var conversion = ProjectConversion.Start(course, context.Settings.CacheDirectory, context.Options.UseCache, context.Stopping,
            lesson => running?.GetValueOrDefault(lesson.Name));
        programs.Put(conversion);
        // A build that stops early (errors) still lets the conversion wind down before it ends.
        context.WaitBeforeEnding(conversion.Completion);
        return Task.FromResult(course);
    }
}
