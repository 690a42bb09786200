using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using MathForML.Generator.LessonProjects;
using MathForML.Tests.Support;

namespace MathForML.Tests.LessonProjects;

/// <summary>
/// The promise of the lesson downloads, kept for real: every lesson's project, unzipped into a temp
/// folder outside the repository, builds with the SDK without a warning, and <c>dotnet run</c>
/// prints the outputs of the lesson's verified snapshot, in order. Slow (the SDK builds six
/// projects), but not skipped: it runs in every <c>dotnet test</c>, CI's included.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DownloadedLessonRunTests(DownloadedLessonRunTests.UnzippedLessons lessons) : IClassFixture<DownloadedLessonRunTests.UnzippedLessons>
{
    /// <summary>Every lesson's zip, unzipped side by side and built by one <c>dotnet build</c> (one restore, one warm compiler).</summary>
    public sealed class UnzippedLessons : IAsyncLifetime
    {
        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "mathforml-lessons-" + Guid.NewGuid().ToString("N"));

        public CliRun Build { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(Folder);
            var solution = new StringBuilder("<Solution>\n");
            foreach (var lesson in RealLessons.WithRunCells)
            {
                var converted = LessonProjectMaker.Convert(lesson, CancellationToken.None);
                if (converted.Template is null) continue; // that lesson's test reports why
                var zip = ProjectArchive.Write(LessonProjectMaker.Assemble(lesson, converted.Template, "Course"));
                using (var archive = new ZipArchive(new MemoryStream(zip))) archive.ExtractToDirectory(Folder);
                solution.Append($"  <Project Path=\"{lesson.Name}/{lesson.Name}.csproj\" />\n");
            }
            File.WriteAllText(Path.Combine(Folder, "lessons.slnx"), solution.Append("</Solution>\n").ToString());
            // NuGetAudit would ask the package source for advisories: the test must pass offline.
            Build = await DotnetRun.RunAsync(Folder, "build", "lessons.slnx", "-nologo", "-nodeReuse:false", "-p:NuGetAudit=false");
        }

        public Task DisposeAsync()
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
            return Task.CompletedTask;
        }
    }

    [Theory]
    [MemberData(nameof(RealLessons.Names), MemberType = typeof(RealLessons))]
    public async Task The_downloaded_project_builds_cleanly_and_prints_the_lesson_outputs(string name)
    {
        var lesson = RealLessons.WithRunCells.SingleOrDefault(l => l.Name == name);
        if (lesson is null) return; // no run cells, no download
        var project = Path.Combine(lessons.Folder, lesson.Name);
        Assert.True(Directory.Exists(project), LessonProjectMaker.Convert(lesson, CancellationToken.None).Problem);
        Assert.True(lessons.Build.ExitCode == 0, lessons.Build.ToString());
        var warnings = lessons.Build.Output.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal) && l.Contains(project, StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));

        var run = await DotnetRun.RunAsync(project, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        var snapshot = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "snapshots", lesson.Name + ".verified.txt"));
        var difference = SnapshotTranscript.Difference(SnapshotTranscript.Expected(snapshot), SnapshotTranscript.Lines(run.Output));
        Assert.True(difference is null, difference);
    }
}

/// <summary>A <c>dotnet</c> command run in a folder, as a reader would run it.</summary>
public static class DotnetRun
{
    public static async Task<CliRun> RunAsync(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Not as part of the MSBuild and test run that started these tests.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return await CliRun.RunAsync(start, TimeSpan.FromMinutes(10));
    }
}
