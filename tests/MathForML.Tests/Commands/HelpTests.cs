using MathForML.Tests.Support;

namespace MathForML.Tests.Commands;

/// <summary>Every command explains itself and its exit codes.</summary>
public class HelpTests
{
    [Theory]
    [InlineData("build")]
    [InlineData("serve")]
    [InlineData("check")]
    [InlineData("accept")]
    [InlineData("new")]
    public async Task Every_command_has_help_with_its_exit_codes(string command)
    {
        var run = await CliProcess.RunAsync([command, "--help"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Exit codes:", run.Output);
        Assert.Contains("--root", run.Output);
    }

    [Fact]
    public async Task The_root_help_lists_every_command()
    {
        var run = await CliProcess.RunAsync(["--help"]);
        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "build", "serve", "check", "accept", "new", "shutdown" }) Assert.Contains(command, run.Output);
        Assert.Contains("Exit codes", run.Output);
    }

    [Fact]
    public async Task Bad_usage_is_not_exit_code_0()
    {
        var run = await CliProcess.RunAsync(["serve", "--port", "not-a-number"]);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("not-a-number", run.Error);
    }
}
