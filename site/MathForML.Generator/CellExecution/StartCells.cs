using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.CellExecution;

/// <summary>
/// Sends the lessons that must run to the workers as soon as the course is parsed, so checking
/// links, rendering math and copying assets happen while cells run; <see cref="ExecuteCells"/>
/// collects the results. With warm cell servers this takes those stages off a rebuild's path.
/// </summary>
/// <param name="needsProgram">
/// When the list packs lesson projects: whether a lesson's program is still to be made, so that the
/// worker that runs it converts it too (<see cref="LessonProjects.ProjectCache.Needs"/>).
/// </param>
public sealed class StartCells(Handoff<ExecuteCells.Running> cells, Func<Document, BuildContext, bool>? needsProgram = null) : IBuildStage
{
    public string Name => "Start cells";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        cells.Put(ExecuteCells.Start(course, context, needsProgram, cancellationToken));
        return Task.FromResult(course);
    }
}
