using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Stages;

/// <summary>
/// Sends the lessons that must run to the workers as soon as the course is parsed, so checking
/// links, rendering math and copying assets happen while cells run; <see cref="ExecuteCells"/>
/// collects the results. With warm cell servers this takes those stages off a rebuild's path.
/// </summary>
/// <param name="convertPrograms">Whether the list packs lesson projects, so workers may convert lessons into programs too.</param>
public sealed class StartCells(Handoff<ExecuteCells.Running> cells, bool convertPrograms) : IBuildStage
{
    public string Name => "Start cells";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        cells.Put(ExecuteCells.Start(course, context, convertPrograms, cancellationToken));
        return Task.FromResult(course);
    }
}
