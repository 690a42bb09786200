using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using MathForML.Execution.Cache;
using MathForML.Tests.LessonProjects;
using MathForML.Tests.Support;

namespace MathForML.Tests.Execution;

/// <summary>
/// The cell cache's key names the code that runs cells, and nothing else: not the folder the clone
/// is in, not Debug or Release, not the generator's page rendering.
/// </summary>
public sealed class EngineFingerprintTests
{
    [Fact]
    public async Task A_copy_of_the_clone_built_elsewhere_in_Release_with_page_rendering_edited_keeps_the_cell_cache_key()
    {
        using var copy = new TempFolder();
        var root = RepositoryPaths.Root;
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json" })
            File.Copy(Path.Combine(root, file), Path.Combine(copy.Path, file));
        foreach (var project in new[] { "site/MathForML.Generator", "site/MathForML.Execution", "site/MathForML.Cells", "site/theme", "examples/MathForML.Examples" })
            CopySources(Path.Combine(root, project), Path.Combine(copy.Path, project));
        // An edit to page rendering, as a contributor would make it.
        var layout = Path.Combine(copy.Path, "site/MathForML.Generator/Rendering/PageLayout.cs");
        File.AppendAllText(layout, "\n// An edit to page rendering.\n");

        var build = await DotnetRun.RunAsync(Path.Combine(copy.Path, "site/MathForML.Generator"), "build", "-c", "Release", "-o", Path.Combine(copy.Path, "out"), "-p:PlaywrightPlatform=none",
            "-p:CopyLocalLockFileAssemblies=true"); // a library copies its packages only when asked: the folder then holds what a worker loads
        Assert.True(build.ExitCode == 0, build.Output);
        var output = Path.Combine(copy.Path, "out");

        // The old key (module version ids) differs for every assembly built there: another path, another configuration.
        Assert.NotEqual(Mvid(Path.Combine(AppContext.BaseDirectory, "MathForML.Execution.dll")), Mvid(Path.Combine(output, "MathForML.Execution.dll")));
        Assert.NotEqual(Mvid(Path.Combine(AppContext.BaseDirectory, "MathForML.Generator.dll")), Mvid(Path.Combine(output, "MathForML.Generator.dll")));
        // The key by source does not.
        Assert.Equal(EngineFingerprint.OfLoadedAssemblies, EngineFingerprint.OfDirectory(output));
    }

    [Fact]
    public void An_edit_to_any_engine_source_changes_the_key()
    {
        using var folder = new TempFolder();
        foreach (var name in EngineFingerprint.AssemblyNames)
            File.Copy(Path.Combine(AppContext.BaseDirectory, name + ".dll"), Path.Combine(folder.Path, name + ".dll"));
        Assert.Equal(EngineFingerprint.OfLoadedAssemblies, EngineFingerprint.OfDirectory(folder.Path));

        // Another build of the cells library from other source: the examples' assembly stands in for it.
        File.Copy(Path.Combine(AppContext.BaseDirectory, "MathForML.Examples.dll"), Path.Combine(folder.Path, "MathForML.Cells.dll"), overwrite: true);
        Assert.NotEqual(EngineFingerprint.OfLoadedAssemblies, EngineFingerprint.OfDirectory(folder.Path));
    }

    [Fact]
    public void The_worker_and_the_engine_do_not_load_the_generator()
    {
        // What a worker process can load is its deps.json; the generator is not in it, so rebuilding
        // the generator cannot change what a warm cell server runs.
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "MathForML.Worker.deps.json")));
        var libraries = deps.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name.Split('/')[0]).ToList();
        Assert.Contains("MathForML.Execution", libraries);
        Assert.DoesNotContain("MathForML.Generator", libraries);
        Assert.DoesNotContain("Markdig", libraries);

        Assert.DoesNotContain("MathForML.Generator", EngineFingerprint.AssemblyNames);
        var references = typeof(EngineFingerprint).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("MathForML.Generator", references);
    }

    private static Guid Mvid(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    private static void CopySources(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj" or "node_modules") continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
