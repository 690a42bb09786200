using MathForML.Generator.Model;

namespace MathForML.Generator.Pipeline;

/// <summary>
/// One step of the build, named with a verb. It takes the course as the previous stages left it and
/// returns a new one; problems go into <see cref="Course.Diagnostics"/>, never out as exceptions.
/// </summary>
public interface IBuildStage
{
    string Name { get; }

    Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken);
}
