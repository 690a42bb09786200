using System.Diagnostics;
using System.Text.Json;
using MathForML.Generator.Commands;
using MathForML.Generator.Loading;
using MathForML.Generator.Markdown;
using MathForML.Generator.Settings;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace MathForML.Bench;

/// <summary>
/// What a tool without sessions, caching or reuse would do: each cell compiled and run on its own
/// from scratch with <c>CSharpScript</c> — fresh options and references, and a fresh session that
/// replays every earlier cell of its lesson first, since that is the only way a cell run on its
/// own sees their declarations. Measured two ways: each cell in a process of its own (from scratch
/// in full: the runtime and Roslyn start again for every cell), and every cell in this one process
/// (Roslyn loaded and JIT-compiled once, which no from-scratch tool gets).
/// </summary>
public static class NaiveBaseline
{
    public const string CellArgument = "--naive-cell";

    /// <summary>Every cell in this process, one after another.</summary>
    public static async Task<(TimeSpan Elapsed, int Cells)> RunInProcessAsync(string courseRoot)
    {
        var lessons = await RunCellsAsync(courseRoot);
        var console = Console.Out;
        Console.SetOut(TextWriter.Null); // what the cells print
        try
        {
            var clock = Stopwatch.StartNew();
            var cells = 0;
            foreach (var codes in lessons)
            {
                for (var i = 0; i < codes.Count; i++)
                {
                    await ReplayAsync(codes, i);
                    cells++;
                }
            }
            return (clock.Elapsed, cells);
        }
        finally
        {
            Console.SetOut(console);
        }
    }

    /// <summary>Every cell in a new process of this program (<see cref="RunOneCellAsync"/>), one after another.</summary>
    public static async Task<(TimeSpan Elapsed, int Cells)> RunProcessPerCellAsync(string courseRoot)
    {
        var lessons = await RunCellsAsync(courseRoot);
        var folder = Directory.CreateTempSubdirectory("mathforml-naive-");
        try
        {
            var files = lessons.Select((codes, i) =>
            {
                var file = Path.Combine(folder.FullName, $"lesson{i}.json");
                File.WriteAllText(file, JsonSerializer.Serialize(codes));
                return file;
            }).ToList();
            var self = typeof(NaiveBaseline).Assembly.Location;
            var host = Environment.ProcessPath!;
            var prefix = Path.GetFileNameWithoutExtension(host) == "dotnet" ? $"\"{self}\" " : "";
            var clock = Stopwatch.StartNew();
            var cells = 0;
            for (var lesson = 0; lesson < lessons.Count; lesson++)
            {
                for (var i = 0; i < lessons[lesson].Count; i++)
                {
                    Scenario.Time(host, $"{prefix}{CellArgument} \"{files[lesson]}\" {i}", folder.FullName);
                    cells++;
                }
            }
            return (clock.Elapsed, cells);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The child's side: runs cell <paramref name="index"/> of the lesson in <paramref name="file"/> (its run cells' code, as JSON), replaying the ones before it.</summary>
    public static async Task<int> RunOneCellAsync(string file, int index)
    {
        var codes = JsonSerializer.Deserialize<List<string>>(File.ReadAllText(file))!;
        await ReplayAsync(codes, index);
        return 0;
    }

    /// <summary>Each lesson's run cells' code, in order, read the way the build reads them.</summary>
    private static async Task<List<List<string>>> RunCellsAsync(string courseRoot)
    {
        var settings = CourseSettingsLoader.Load(courseRoot);
        var loaded = await SiteBuilder.BuildAsync(settings, new BuildOptions { WriteOutput = false, CompareSnapshots = false },
            stages: [new LoadLessons(), new ParseMarkdown()]);
        return [.. loaded.Course.Lessons.Select(l => l.Cells.Where(c => c.Flags.Run).Select(c => c.Code).ToList()).Where(c => c.Count > 0)];
    }

    /// <summary>Cells 0..<paramref name="index"/> in a fresh session with fresh options: references resolved again, nothing reused.</summary>
    private static async Task ReplayAsync(IReadOnlyList<string> codes, int index)
    {
        var options = ScriptOptions.Default
            .AddReferences(typeof(MathNet.Numerics.LinearAlgebra.Matrix<>).Assembly, typeof(MathForML.Cells.Charts.Chart).Assembly,
                System.Reflection.Assembly.Load("MathForML.Examples"))
            .AddImports(MathForML.Execution.Sessions.ScriptEnvironment.DefaultUsings);
        MathForML.Cells.Capture.Notebook.Current = new MathForML.Cells.Capture.OutputCollector();
        try
        {
            ScriptState<object>? state = null;
            for (var j = 0; j <= index; j++)
            {
                state = state is null
                    ? await CSharpScript.Create(codes[j], options, typeof(MathForML.Cells.Capture.CellGlobals)).RunAsync(new MathForML.Cells.Capture.CellGlobals(), _ => true)
                    : await state.ContinueWithAsync(codes[j], options, catchException: _ => true);
            }
        }
        finally
        {
            MathForML.Cells.Capture.Notebook.Current = null;
        }
    }
}
