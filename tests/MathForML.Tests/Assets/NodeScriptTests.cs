using MathForML.Generator.Assets;

namespace MathForML.Tests.Assets;

public class NodeScriptTests
{
    [Fact]
    public void Without_node_the_build_says_what_to_install()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            NodeScript.Start("math-bridge.js", "node_modules", "render math", node: "mathforml-no-such-node-" + Guid.NewGuid().ToString("N")));
        Assert.Equal("node was not found: install Node.js (20 or later) to render math", e.Message);
    }

    [Fact]
    public async Task A_script_gets_the_node_modules_folder_and_talks_utf8()
    {
        using var folder = new Support.TempFolder();
        var script = Path.Combine(folder.Path, "echo.js");
        await File.WriteAllTextAsync(script, "process.stdin.on('data', d => process.stdout.write(process.argv[2] + ' ' + d.toString('utf8')));");
        using var node = NodeScript.Start(script, "some/node_modules", "test");
        await node.StandardInput.WriteAsync("𝐱 ∑");
        node.StandardInput.Close();
        Assert.Equal("some/node_modules 𝐱 ∑", await node.StandardOutput.ReadToEndAsync());
        await node.WaitForExitAsync();
    }
}
