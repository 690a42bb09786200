using System.Globalization;
using MathForML.Generator.Pipeline;
using MathForML.Tests.Support;

namespace MathForML.Tests.Docs;

/// <summary>README.md describes the build stage by stage; the table must be the build's own list, in its order.</summary>
public class ReadmeTests
{
    [Fact]
    public void The_stage_table_lists_every_stage_of_the_build_in_order()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n");
        var header = readme.IndexOf("| stage | what it does |\n|---|---|\n", StringComparison.Ordinal);
        Assert.True(header >= 0, "README.md has lost its stage table");
        var rows = readme[header..].Split('\n').Skip(2).TakeWhile(line => line.StartsWith('|'));
        // "Print PDF" names the stage PrintPdf: each word capitalized, the rest lower case.
        var documented = rows.Select(row => string.Concat(row.Split('|')[1].Trim().Split(' ')
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..].ToLower(CultureInfo.InvariantCulture)))).ToList();
        var built = SiteBuild.Stages.Select(stage => stage.GetType().Name).ToList();
        Assert.Equal(built, documented);
    }
}
