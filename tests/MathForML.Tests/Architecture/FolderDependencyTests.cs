using Xunit.Abstractions;

namespace MathForML.Tests.Architecture;

/// <summary>
/// The generator's folders are features with a direction: no two folders use each other, and the
/// course model uses none of them. Each test prints the graph it checked.
/// </summary>
public sealed class FolderDependencyTests(ITestOutputHelper output)
{
    private static readonly Lazy<FolderGraph> Generator = new(() => FolderGraph.Of("site/MathForML.Generator", "MathForML.Generator"));

    private void Print(FolderGraph graph)
    {
        foreach (var (from, targets) in graph.Edges.OrderBy(e => e.Key, StringComparer.Ordinal))
            output.WriteLine($"{from} -> {string.Join(", ", targets.Keys.Order(StringComparer.Ordinal))}");
    }

    [Fact]
    public void No_two_folders_of_the_generator_use_each_other()
    {
        var graph = Generator.Value;
        Print(graph);
        Assert.Empty(graph.TwoWayPairs());
    }

    [Fact]
    public void The_model_uses_no_other_folder()
    {
        var graph = Generator.Value;
        Assert.True(graph.Folders.Contains("Model"), "no Model folder found: the graph read nothing");
        var uses = graph.Edges.GetValueOrDefault("Model") ?? [];
        Assert.True(uses.Count == 0, string.Join("\n", uses.Select(u => $"Model -> {u.Key}: {u.Value[0]}")));
    }
}
