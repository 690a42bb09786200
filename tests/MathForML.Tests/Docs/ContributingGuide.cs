using MathForML.Tests.Support;

namespace MathForML.Tests.Docs;

/// <summary>The parts of CONTRIBUTING.md that tests build, found between HTML comment markers the reader does not see.</summary>
public static class ContributingGuide
{
    /// <summary>The text between <paramref name="start"/> and <paramref name="end"/>; a lost marker fails the test that asked.</summary>
    public static string Between(string start, string end)
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "CONTRIBUTING.md")).Replace("\r\n", "\n");
        var from = guide.IndexOf(start, StringComparison.Ordinal);
        var to = guide.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"CONTRIBUTING.md has lost its markers {start.Split('\n')[0]} … {end.Split('\n')[^1]}");
        return guide[(from + start.Length)..to];
    }
}
