using MathForML.Generator.Model;
using MathForML.Generator.Reporting;

namespace MathForML.Tests.Reporting;

public class GitHubAnnotationTests
{
    [Fact]
    public void An_error_becomes_an_error_command_at_its_file_line_and_column()
    {
        var d = Diagnostic.Error("CS0103", new SourceLocation("input/01_A.md", 12, 5), "The name 'w' does not exist in the current context");
        Assert.Equal("::error file=input/01_A.md,line=12,col=5,title=CS0103::The name 'w' does not exist in the current context", GitHubAnnotation.Format(d));
    }

    [Fact]
    public void A_warning_becomes_a_warning_command()
    {
        var d = Diagnostic.Warning("MFM013", new SourceLocation("input/01_A.md", 3, 1), "no alt text");
        Assert.StartsWith("::warning file=input/01_A.md,line=3,col=1,title=MFM013::", GitHubAnnotation.Format(d));
    }

    [Fact]
    public void Values_are_escaped_as_the_runner_expects()
    {
        var d = Diagnostic.Error("MFM030", new SourceLocation("input/a,b:c.md", 1, 1), "100% wrong\nsecond line\r");
        Assert.Equal("::error file=input/a%2Cb%3Ac.md,line=1,col=1,title=MFM030::100%25 wrong%0Asecond line%0D", GitHubAnnotation.Format(d));
    }

    [Theory]
    [InlineData("true", null, true)]
    [InlineData("TRUE", null, true)]
    [InlineData(null, "true", true)]
    [InlineData("false", null, false)]
    [InlineData(null, null, false)]
    [InlineData("", "", false)]
    public void Annotations_are_wanted_under_CI_or_GitHub_Actions(string? ci, string? actions, bool wanted)
    {
        var environment = new Dictionary<string, string?> { ["CI"] = ci, ["GITHUB_ACTIONS"] = actions };
        Assert.Equal(wanted, GitHubAnnotation.IsWanted(name => environment.GetValueOrDefault(name)));
    }
}
