using MathForML.Generator.LessonProjects;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Stages;

/// <summary>
/// Starts converting each lesson's cells into a console program in the background (see
/// <see cref="ProjectConversion"/>); <see cref="PackLessonProjects"/> collects the result.
/// </summary>
public sealed class StartLessonProjects : IBuildStage
{
    public string Name => "Start lesson projects";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        if (context.Options.WriteOutput && !course.HasErrors)
            context.LessonProjects = ProjectConversion.Start(course, context.Settings.CacheDirectory, context.Options.UseCache, context.Stopping);
        return Task.FromResult(course);
    }
}
