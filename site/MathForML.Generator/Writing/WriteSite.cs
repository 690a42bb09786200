using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Writing;

/// <summary>
/// Writes the site into a temporary folder next to the output and swaps it in only when the build
/// has no errors, so a failed build never leaves a half-written site and keeps the previous one.
/// Files the previous site holds unchanged are hard-linked into the new one rather than written.
/// </summary>
public sealed class WriteSite : IBuildStage
{
    public string Name => "Write site";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        if (course.HasErrors) return Task.FromResult(course);
        var output = Path.GetFullPath(context.Settings.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{Path.GetFileName(output)}.old-{Guid.NewGuid():N}");
        try
        {
            // A file the previous site already holds unchanged is linked, not written (HardLink);
            // on all cores, since comparing and writing 45 MB is most of this stage.
            Parallel.ForEach(course.Files, new ParallelOptions { CancellationToken = cancellationToken }, file =>
            {
                var relative = file.Path.Replace('/', Path.DirectorySeparatorChar);
                var path = Path.Combine(staging, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                if (!HardLink.TryLinkSame(Path.Combine(output, relative), path, file.Content)) File.WriteAllBytes(path, file.Content);
            });
            if (Directory.Exists(output)) Directory.Move(output, retired);
            try
            {
                Directory.Move(staging, output);
            }
            catch (IOException) when (Directory.Exists(retired))
            {
                Directory.Move(retired, output); // put the previous site back
                throw;
            }
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        }
        context.Log.Info($"Wrote {course.Files.Length} files to {context.Settings.Relative(output)}/");
        return Task.FromResult(course);
    }
}
