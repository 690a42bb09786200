namespace MathForML.Generator.Reporting;

/// <summary>Progress lines for people (the terminal); diagnostics travel separately in the course model.</summary>
public interface IBuildLog
{
    void Info(string message);

    /// <summary>Structured progress for live displays; called from several threads during a build.</summary>
    void Report(BuildEvent progress)
    {
    }
}

public sealed class NullBuildLog : IBuildLog
{
    public static readonly NullBuildLog Instance = new();

    public void Info(string message)
    {
    }
}

public sealed class ListBuildLog : IBuildLog
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines { get { lock (_lines) return _lines.ToArray(); } }

    public void Info(string message)
    {
        lock (_lines) _lines.Add(message);
    }
}
