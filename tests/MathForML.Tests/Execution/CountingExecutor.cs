using MathForML.Generator.Execution;
using MathForML.Generator.Model;

namespace MathForML.Tests.Execution;

/// <summary>Counts which lessons a build actually executed.</summary>
public sealed class CountingExecutor(ICellExecutor inner) : ICellExecutor
{
    private readonly List<string> _executed = [];

    public IReadOnlyList<string> Executed
    {
        get { lock (_executed) return _executed.ToArray(); }
    }

    public async Task<LessonExecution> ExecuteAsync(Lesson lesson, CancellationToken cancellationToken)
    {
        lock (_executed) _executed.Add(lesson.Name);
        return await inner.ExecuteAsync(lesson, cancellationToken);
    }

    public void Reset()
    {
        lock (_executed) _executed.Clear();
    }
}
