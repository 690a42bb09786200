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
/// with <c>CSharpScript.EvaluateAsync</c>, from scratch — fresh options and references, and the
/// code of every earlier cell of its lesson in front of it, since that is the only way a fresh
/// script sees their declarations.
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
                var options = ScriptOptions.Default
                    .AddReferences(typeof(MathNet.Numerics.LinearAlgebra.Matrix<>).Assembly, typeof(MathForML.Cells.Charts.Chart).Assembly,
                        System.Reflection.Assembly.Load("MathForML.Examples"))
                    .AddImports(MathForML.Generator.Execution.ScriptEnvironment.DefaultUsings);
                var code = string.Join("\n", run.Take(i + 1).Select(c => c.Code));
                var collector = new MathForML.Cells.Capture.OutputCollector();
                MathForML.Cells.Capture.Notebook.Current = collector;
                try
                {
                    await CSharpScript.EvaluateAsync(code, options, new MathForML.Cells.Capture.CellGlobals());
                }
                catch (Exception) when (run[i].Flags.Throws)
                {
                    // expected
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
