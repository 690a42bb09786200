namespace MathForML.Tests.Support;

/// <summary>
/// An xunit class fixture: a small course written by <see cref="Write"/>, built once by the whole
/// pipeline (recording its snapshots), shared by the tests of one class, deleted afterwards.
/// </summary>
public abstract class BuiltFixtureCourse : IAsyncLifetime
{
    public FixtureCourse Course { get; } = new();

    public Generator.Commands.BuildResult Result { get; private set; } = null!;

    /// <summary>Writes the course's files into <paramref name="course"/>.</summary>
    protected abstract void Write(FixtureCourse course);

    public async Task InitializeAsync()
    {
        Write(Course);
        Result = await Course.BuildAsync(new Generator.Settings.BuildOptions { AcceptSnapshots = true });
    }

    public Task DisposeAsync()
    {
        Course.Dispose();
        return Task.CompletedTask;
    }
}
