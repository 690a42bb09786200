using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.CellExecution;

/// <summary>
/// When the lessons or the examples changed since the last build, starts a cell worker before the
/// course is even read, so the worker's process start and Roslyn warm-up run on the second core
/// while the first reads and parses the course. A build whose cells all come from the cache starts
/// none. Only a hint: a wrong guess costs an idle worker or a later start, never a wrong result.
/// </summary>
public sealed class StartWorkersEarly : IBuildStage
{
    private const string StampFile = "inputs.stamp";

    public string Name => "Start workers early";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var stamp = Stamp(settings.InputDirectory, Path.Combine(settings.RootDirectory, "examples"));
        var path = Path.Combine(settings.CacheDirectory, StampFile);
        var previous = File.Exists(path) ? File.ReadAllText(path) : null;
        if (stamp != previous || !context.Options.UseCache)
        {
            try
            {
                context.Executor.Prewarm(context.Options.UseCache ? 1 : context.Executor.Size);
            }
            catch (InvalidOperationException)
            {
                // A worker that cannot start is reported where cells run, at their locations.
            }
        }
        try
        {
            Directory.CreateDirectory(settings.CacheDirectory);
            File.WriteAllText(path, stamp);
        }
        catch (IOException)
        {
            // Without a stamp the next build starts a worker early again; nothing else changes.
        }
        return Task.FromResult(course);
    }

    /// <summary>Names, sizes and modification times of the lesson and example sources: cheap, and changes with any edit.</summary>
    internal static string Stamp(params string[] folders)
    {
        var text = new StringBuilder();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                         .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                  && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                         .Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(file);
                text.Append(file).Append('|').Append(info.Length.ToString(CultureInfo.InvariantCulture))
                    .Append('|').Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
