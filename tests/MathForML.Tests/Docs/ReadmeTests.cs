using System.Globalization;
using MathForML.Generator.Commands;
using MathForML.Generator.Pipeline;
using MathForML.Generator.Settings;
using MathForML.Tests.Support;

namespace MathForML.Tests.Docs;

/// <summary>
/// README.md says what each command runs, stage by stage; its table must be the commands' own
/// lists (<see cref="StageLists"/>), in their order, so the two cannot drift.
/// </summary>
public class ReadmeTests
{
    private sealed record Row(string Stage, string Build, string Check, string Serve);

    private static List<Row> Table()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n");
        var header = readme.IndexOf("| stage | build | check | serve | what it does |\n|---|---|---|---|---|\n", StringComparison.Ordinal);
        Assert.True(header >= 0, "README.md has lost its stage table");
        return [.. readme[header..].Split('\n').Skip(2).TakeWhile(line => line.StartsWith('|')).Select(line =>
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            // "Print PDF" names the stage PrintPdf: each word capitalized, the rest lower case.
            var type = string.Concat(cells[1].Split(' ').Select(word => char.ToUpperInvariant(word[0]) + word[1..].ToLower(CultureInfo.InvariantCulture)));
            return new Row(type, cells[2], cells[3], cells[4]);
        })];
    }

    private static List<string> Names(IReadOnlyList<IBuildStage> stages) => [.. stages.Select(stage => stage.GetType().Name)];

    [Fact]
    public void The_build_column_is_the_build_list_in_order_with_the_pdf_stage_under_its_flag()
    {
        var table = Table();
        Assert.Equal(Names(StageLists.Build(new BuildOptions())), [.. table.Where(r => r.Build == "✓").Select(r => r.Stage)]);
        Assert.Equal(Names(StageLists.Build(new BuildOptions { PrintPdf = true })), [.. table.Where(r => r.Build is "✓" or "`--pdf`").Select(r => r.Stage)]);
    }

    [Fact]
    public void The_check_and_serve_columns_are_their_lists_in_order()
    {
        var table = Table();
        // As the check command asks (CourseCheck) and as the preview asks (PreviewSession).
        Assert.Equal(Names(StageLists.Check(new BuildOptions { WriteOutput = false })), [.. table.Where(r => r.Check == "✓").Select(r => r.Stage)]);
        Assert.Equal(Names(StageLists.Serve(new BuildOptions())), [.. table.Where(r => r.Serve == "✓").Select(r => r.Stage)]);
    }

    [Fact]
    public void No_stage_is_missing_from_the_table()
    {
        var stages = typeof(IBuildStage).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBuildStage).IsAssignableFrom(t))
            .Select(t => t.Name).Order(StringComparer.Ordinal);
        Assert.Equal(stages, Table().Select(r => r.Stage).Order(StringComparer.Ordinal));
    }
}
