using MathForML.Execution.Contract;

namespace MathForML.Tests.Execution;

/// <summary>Counts which lessons a build actually executed.</summary>
public sealed class CountingExecutor(ICellExecutor inner) : ICellExecutor
{
    private readonly List<string> _executed = [];

    public IReadOnlyList<string> Executed
    {
        get { lock (_executed) return _executed.ToArray(); }
    }

    public async Task<LessonExecution> ExecuteAsync(LessonRequest lesson, CancellationToken cancellationToken)
    {
        // By name, as the course calls lessons: input/01_Test.md is 01_Test.
        lock (_executed) _executed.Add(Path.GetFileNameWithoutExtension(lesson.SourcePath));
        return await inner.ExecuteAsync(lesson, cancellationToken);
    }

    public void Reset()
    {
        lock (_executed) _executed.Clear();
    }
}
