using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MathForML.Tests.Support;

namespace MathForML.Tests.Docs;

/// <summary>
/// <c>./mathforml</c>, the README's command: it runs the CLI it published (ReadyToRun) without asking
/// MSBuild when nothing the CLI is built from is newer than its stamp. These tests keep its list of
/// what the CLI is built from equal to the project graph and its dll named as the project names it,
/// and run a copy of it against a fake <c>dotnet</c> to check when it publishes and what it passes through.
/// </summary>
public sealed partial class LauncherTests
{
    private static readonly string Launcher = Path.Combine(RepositoryPaths.Root, "mathforml");
    private static readonly string CliProject = Path.Combine(RepositoryPaths.Root, "site", "MathForML.Cli", "MathForML.Cli.csproj");

    [GeneratedRegex(@"^(?<name>watched_folders|watched_files)=\((?<items>[^)]*)\)$", RegexOptions.Multiline)]
    private static partial Regex WatchedList();

    [GeneratedRegex(@"^dll=""\$published/(?<file>[^""/]+)""$", RegexOptions.Multiline)]
    private static partial Regex DllLine();

    [GeneratedRegex(@"^published=""\$project/bin/\$configuration/[^""/]+""$", RegexOptions.Multiline)]
    private static partial Regex PublishedLine();

    private static IReadOnlyList<string> Watched(string name)
    {
        var match = WatchedList().Matches(File.ReadAllText(Launcher)).Single(m => m.Groups["name"].Value == name);
        return match.Groups["items"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The CLI's project and every project it references, transitively.</summary>
    private static IReadOnlyList<string> ProjectGraph()
    {
        var seen = new List<string>();
        var pending = new Stack<string>([Path.GetFullPath(CliProject)]);
        while (pending.TryPop(out var project))
        {
            if (seen.Contains(project)) continue;
            seen.Add(project);
            foreach (var reference in Items(project, "ProjectReference")) pending.Push(reference);
        }
        return seen;
    }

    /// <summary>The full paths an MSBuild item type of <paramref name="project"/> includes (wildcards cut at their first '*').</summary>
    private static IEnumerable<string> Items(string project, string type) =>
        XDocument.Load(project).Descendants(type)
            .Select(item => (string?)item.Attribute("Include"))
            .OfType<string>()
            .Select(include => include.Replace('\\', Path.DirectorySeparatorChar).Split('*')[0])
            .Select(include => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, include)));

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(Path.GetFullPath(Path.Combine(RepositoryPaths.Root, folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    [Fact]
    public void Every_project_of_the_CLIs_graph_lies_under_a_watched_folder()
    {
        var folders = Watched("watched_folders");
        var graph = ProjectGraph();
        // The CLI, the generator, the preview, the worker, execution, cells, and the examples library.
        Assert.Contains(graph, p => p.EndsWith("MathForML.Examples.csproj", StringComparison.Ordinal));
        Assert.True(graph.Count >= 7, string.Join("\n", graph));
        foreach (var project in graph)
            Assert.True(folders.Any(folder => IsUnder(project, folder)), $"{project} is built into the CLI but the launcher does not watch its folder");
    }

    [Fact]
    public void Every_file_the_graph_pulls_in_from_outside_its_projects_lies_under_a_watched_folder()
    {
        // The theme (None items), the examples' and cells' sources embedded in the generator.
        var folders = Watched("watched_folders");
        var items = ProjectGraph().SelectMany(p => new[] { "None", "Content", "EmbeddedResource", "Compile" }.SelectMany(type => Items(p, type))).ToList();
        Assert.Contains(items, item => IsUnder(item, Path.Combine("site", "theme")));
        foreach (var item in items)
            Assert.True(folders.Any(folder => IsUnder(item, folder)), $"{item} is part of the CLI's build but the launcher does not watch it");
    }

    [Fact]
    public void Every_repository_level_file_msbuild_and_nuget_read_is_watched()
    {
        var files = Watched("watched_files");
        var msbuildFiles = Directory.GetFiles(RepositoryPaths.Root)
            .Select(Path.GetFileName)
            .Where(name => name is "global.json" or ".editorconfig"
                || name!.StartsWith("Directory.", StringComparison.Ordinal)
                || name.Equals("NuGet.config", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.Contains("Directory.Build.props", msbuildFiles);
        foreach (var name in msbuildFiles) Assert.Contains(name, files);
    }

    [Fact]
    public void The_launcher_runs_the_dll_the_CLI_project_publishes_into_its_own_bin_folder()
    {
        var launcher = File.ReadAllText(Launcher);
        var match = DllLine().Match(launcher);
        Assert.True(match.Success, "the launcher's dll= line has changed shape");
        var assemblyName = XDocument.Load(CliProject).Descendants("AssemblyName").Single().Value;
        Assert.Equal(assemblyName + ".dll", match.Groups["file"].Value);
        // Inside the project's bin/ (git-ignored, and watched as a build output, not a source),
        // and not where `dotnet build` writes: the tests' own build of the CLI must not overwrite it.
        Assert.True(PublishedLine().IsMatch(launcher), "the launcher no longer publishes into bin/CONFIGURATION/NAME");
        Assert.DoesNotContain("/net10.0\"", launcher, StringComparison.Ordinal);
        Assert.DoesNotContain(XDocument.Load(CliProject).Descendants(), e => e.Name.LocalName is "OutputPath" or "BaseOutputPath");
    }

    /// <summary>
    /// A copy of the launcher in a folder laid out like the repository, with a <c>dotnet</c> that logs
    /// its calls: <c>dotnet publish</c> writes the dll into its <c>-o</c> folder (or fails when told to),
    /// <c>dotnet the.dll</c> prints its working directory and arguments and exits with the code it is told.
    /// </summary>
    private sealed class FakeRepository : IDisposable
    {
        private readonly TempFolder _folder = new();

        public FakeRepository()
        {
            File.Copy(Launcher, Path.Combine(Root, "mathforml"));
            foreach (var file in new[] { "Directory.Build.props", "global.json" }) File.WriteAllText(Path.Combine(Root, file), "{}");
            Directory.CreateDirectory(Path.Combine(Root, "site", "MathForML.Cli"));
            File.WriteAllText(Path.Combine(Root, "site", "MathForML.Cli", "Program.cs"), "// the CLI");
            Directory.CreateDirectory(Path.Combine(Root, "examples", "MathForML.Examples"));
            File.WriteAllText(Path.Combine(Root, "examples", "MathForML.Examples", "Norms.cs"), "// an example");
            Directory.CreateDirectory(Path.Combine(_folder.Path, "tools"));
            File.WriteAllText(Path.Combine(_folder.Path, "tools", "dotnet"), """
                #!/usr/bin/env bash
                echo "$*" >> "$FAKE_DOTNET_LOG"
                if [[ $1 == publish ]]; then
                  if [[ -n "${FAKE_BUILD_FAILS:-}" ]]; then echo "Program.cs(1,1): error CS1002: ; expected" >&2; exit 1; fi
                  out=""; prev=""
                  for arg in "$@"; do if [[ $prev == -o ]]; then out="$arg"; fi; prev="$arg"; done
                  mkdir -p "$out" && echo dll > "$out/mathforml.dll"
                  exit 0
                fi
                echo "cwd=$PWD"
                shift
                printf 'arg=%s\n' "$@"
                exit "${FAKE_EXIT_CODE:-0}"
                """.ReplaceLineEndings("\n"));
            // The launcher is a bash script: these tests run where the CI runs it, on Linux.
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(Path.Combine(_folder.Path, "tools", "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.CreateDirectory(WorkingDirectory);
            // Everything above was written "in the past", so a file touched later is strictly newer than the stamp.
            foreach (var path in Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories).Append(Root))
                File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1));
        }

        public string Root { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mathforml-tests", "launcher-" + Guid.NewGuid().ToString("N"), "repo")).FullName;

        private string Log => Path.Combine(_folder.Path, "dotnet.log");

        public string WorkingDirectory => Path.Combine(_folder.Path, "course");

        public string Stamp => Path.Combine(Root, "site", "MathForML.Cli", "obj", "Release", "mathforml-launcher.stamp");

        /// <summary>The <c>dotnet</c> calls so far, one line each.</summary>
        public IReadOnlyList<string> Calls => File.Exists(Log) ? File.ReadAllLines(Log) : [];

        public int Builds => Calls.Count(call => call.StartsWith("publish ", StringComparison.Ordinal));

        /// <summary>Marks a file as saved now, after the last build.</summary>
        public void Touch(params string[] relative)
        {
            var path = Path.Combine([Root, .. relative]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path)) File.WriteAllText(path, "edited");
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }

        public Task<CliRun> RunAsync(string[] arguments, Dictionary<string, string>? environment = null)
        {
            var start = new ProcessStartInfo("bash") { WorkingDirectory = WorkingDirectory };
            start.ArgumentList.Add(Path.Combine(Root, "mathforml"));
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            start.Environment["PATH"] = Path.Combine(_folder.Path, "tools") + ":/usr/local/bin:/usr/bin:/bin";
            start.Environment["FAKE_DOTNET_LOG"] = Log;
            start.Environment.Remove("MATHFORML_CONFIGURATION");
            foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
            return CliRun.RunAsync(start, TimeSpan.FromSeconds(30));
        }

        public void Dispose()
        {
            _folder.Dispose();
            try { Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true); }
            catch (IOException) { }
        }
    }

    [Fact]
    public async Task It_builds_once_then_runs_the_dll_in_the_callers_folder_with_the_arguments_untouched()
    {
        using var repo = new FakeRepository();
        var first = await repo.RunAsync(["build", "--pdf", "two words"]);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(1, repo.Builds);
        Assert.Equal([$"cwd={repo.WorkingDirectory}", "arg=build", "arg=--pdf", "arg=two words"], first.OutputLines);
        Assert.Contains("building site/MathForML.Cli (Release)", first.Error);
        // ReadyToRun code is for one platform: this one.
        Assert.Contains("-p:PublishReadyToRun=true", repo.Calls[0]);
        Assert.Contains("-p:UseCurrentRuntimeIdentifier=true", repo.Calls[0]);

        var second = await repo.RunAsync(["check"]);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(1, repo.Builds);
        Assert.Equal([$"cwd={repo.WorkingDirectory}", "arg=check"], second.OutputLines);
        Assert.Empty(second.Error);
        Assert.EndsWith(Path.Combine("site", "MathForML.Cli", "bin", "Release", "launcher", "mathforml.dll") + " check", repo.Calls[^1]);
    }

    [Theory]
    [InlineData("site", "MathForML.Cli", "Program.cs")]
    [InlineData("site", "theme", "site.css")]
    [InlineData("site", "MathForML.Generator", "Charts", "NewStage.cs")]
    [InlineData("examples", "MathForML.Examples", "Norms.cs")]
    [InlineData("Directory.Build.props")]
    [InlineData("Directory.Packages.props")]
    public async Task A_change_to_what_the_CLI_is_built_from_builds_it_again(params string[] changed)
    {
        using var repo = new FakeRepository();
        await repo.RunAsync(["build"]);
        repo.Touch(changed);
        var run = await repo.RunAsync(["build"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, repo.Builds);
        await repo.RunAsync(["build"]);
        Assert.Equal(2, repo.Builds);
    }

    [Fact]
    public async Task Build_outputs_and_the_course_do_not_build_the_CLI_a_deleted_or_renamed_source_does()
    {
        using var repo = new FakeRepository();
        await repo.RunAsync(["build"]);
        // What builds write (bin/, obj/) and the course itself are not what the CLI is built from.
        repo.Touch("site", "MathForML.Generator", "bin", "Debug", "net10.0", "MathForML.Generator.dll");
        repo.Touch("site", "MathForML.Cli", "bin", "Release", "launcher", "mathforml.dll");
        repo.Touch("site", "MathForML.Cli", "obj", "project.assets.json");
        repo.Touch("input", "01_Vectors_and_Matrices.md");
        repo.Touch("output", "index.html");
        await repo.RunAsync(["build"]);
        Assert.Equal(1, repo.Builds);
        // Deleting or renaming a file makes nothing newer than the stamp; the stamp's list of files notices.
        File.Delete(Path.Combine(repo.Root, "global.json"));
        await repo.RunAsync(["build"]);
        Assert.Equal(2, repo.Builds);
        File.Move(Path.Combine(repo.Root, "examples", "MathForML.Examples", "Norms.cs"), Path.Combine(repo.Root, "examples", "MathForML.Examples", "Norms2.cs"));
        await repo.RunAsync(["build"]);
        Assert.Equal(3, repo.Builds);
        await repo.RunAsync(["build"]);
        Assert.Equal(3, repo.Builds);
    }

    [Fact]
    public async Task A_failed_build_leaves_no_stamp_and_its_exit_code_and_errors_go_through()
    {
        using var repo = new FakeRepository();
        var failed = await repo.RunAsync(["build"], new() { ["FAKE_BUILD_FAILS"] = "1" });
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("error CS1002", failed.Error);
        Assert.Empty(failed.Output);
        Assert.False(File.Exists(repo.Stamp));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(repo.Stamp)!));
        // A dll left by an earlier build does not make the next run skip building.
        Assert.Equal(1, repo.Builds);
        var fixedRun = await repo.RunAsync(["build"]);
        Assert.True(fixedRun.ExitCode == 0, fixedRun.ToString());
        Assert.Equal(2, repo.Builds);
        Assert.True(File.Exists(repo.Stamp));
    }

    [Fact]
    public async Task A_failed_rebuild_over_a_good_build_builds_again_next_time()
    {
        using var repo = new FakeRepository();
        await repo.RunAsync(["build"]);
        repo.Touch("site", "MathForML.Cli", "Program.cs");
        var failed = await repo.RunAsync(["build"], new() { ["FAKE_BUILD_FAILS"] = "1" });
        Assert.Equal(1, failed.ExitCode);
        // The old dll is still there, but the stamp that said it was current is gone.
        Assert.False(File.Exists(repo.Stamp));
        await repo.RunAsync(["build"], new() { ["FAKE_BUILD_FAILS"] = "1" });
        Assert.Equal(3, repo.Builds);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(130)]
    public async Task The_CLIs_exit_code_is_the_launchers(int code)
    {
        using var repo = new FakeRepository();
        var run = await repo.RunAsync(["check"], new() { ["FAKE_EXIT_CODE"] = code.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(code, run.ExitCode);
    }

    [Fact]
    public async Task MATHFORML_CONFIGURATION_picks_the_configuration_it_builds_and_runs()
    {
        using var repo = new FakeRepository();
        await repo.RunAsync(["build"]);
        var debug = await repo.RunAsync(["build"], new() { ["MATHFORML_CONFIGURATION"] = "Debug" });
        Assert.True(debug.ExitCode == 0, debug.ToString());
        Assert.Equal(2, repo.Builds);
        Assert.Contains(repo.Calls, call => call.StartsWith("publish ", StringComparison.Ordinal) && call.Contains("-c Debug", StringComparison.Ordinal));
        Assert.EndsWith(Path.Combine("bin", "Debug", "launcher", "mathforml.dll") + " build", repo.Calls[^1]);
    }
}
