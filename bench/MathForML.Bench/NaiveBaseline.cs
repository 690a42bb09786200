using System.Diagnostics;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;
using MathForML.Generator.Settings;
using MathForML.Generator.Stages;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace MathForML.Bench;

/// <summary>
/// What a tool without sessions, caching or reuse would do: each cell compiled and run on its own
/// from scratch with <c>CSharpScript</c> — fresh options and references, and a fresh session that
/// replays every earlier cell of its lesson first, since that is the only way a cell run on its
/// own sees their declarations.
/// </summary>
public static class NaiveBaseline
{
    public static async Task<(TimeSpan Elapsed, int Cells)> RunAsync(string courseRoot)
    {
        var settings = CourseSettingsLoader.Load(courseRoot);
        var loaded = await SiteBuilder.BuildAsync(settings, new BuildOptions { WriteOutput = false, CompareSnapshots = false },
            stages: [new LoadLessons(), new ParseMarkdown()]);
        var clock = Stopwatch.StartNew();
        var cells = 0;
        foreach (var lesson in loaded.Course.Lessons)
        {
            var run = lesson.Cells.Where(c => c.Flags.Run).ToList();
            for (var i = 0; i < run.Count; i++)
            {
                // Fresh options every time: references resolved again, nothing reused.
                var options = ScriptOptions.Default
                    .AddReferences(typeof(MathNet.Numerics.LinearAlgebra.Matrix<>).Assembly, typeof(MathForML.Cells.Charts.Chart).Assembly,
                        System.Reflection.Assembly.Load("MathForML.Examples"))
                    .AddImports(MathForML.Generator.Execution.ScriptEnvironment.DefaultUsings);
                var collector = new MathForML.Cells.Capture.OutputCollector();
                MathForML.Cells.Capture.Notebook.Current = collector;
                try
                {
                    // A fresh session replays the lesson up to this cell: the only way a cell run on its
                    // own sees what earlier cells declared.
                    ScriptState<object>? state = null;
                    for (var j = 0; j <= i; j++)
                    {
                        state = state is null
                            ? await CSharpScript.Create(run[j].Code, options, typeof(MathForML.Cells.Capture.CellGlobals)).RunAsync(new MathForML.Cells.Capture.CellGlobals(), _ => true)
                            : await state.ContinueWithAsync(run[j].Code, options, catchException: _ => true);
                    }
                }
                finally
                {
                    MathForML.Cells.Capture.Notebook.Current = null;
                }
                cells++;
            }
        }
        return (clock.Elapsed, cells);
    }
}
