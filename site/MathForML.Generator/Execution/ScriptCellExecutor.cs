using System.Diagnostics;
using System.Globalization;
using MathForML.Cells.Capture;
using MathForML.Cells.Outputs;
using MathForML.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Diagnostic = MathForML.Generator.Model.Diagnostic;

namespace MathForML.Generator.Execution;

/// <summary>
/// Runs a lesson's cells with Roslyn scripting: each cell is a submission that continues the
/// previous one's state, so declarations carry over like in a notebook. Each cell's code is
/// prefixed with a <c>#line</c> directive, so compile errors and stack traces already carry the
/// Markdown file and line — no mapping tables needed.
/// </summary>
public sealed class ScriptCellExecutor : ICellExecutor
{
    private static readonly object ConsoleGate = new();
    private static bool _consoleInstalled;

    public ScriptCellExecutor()
    {
        // Console output of every cell goes to the collector of the cell running on that async flow.
        lock (ConsoleGate)
        {
            if (_consoleInstalled) return;
            Console.SetOut(new CollectorWriter(Console.Out));
            _consoleInstalled = true;
        }
    }

    public async Task<LessonExecution> ExecuteAsync(Lesson lesson, CancellationToken cancellationToken)
    {
        var results = new List<CellResult>();
        var diagnostics = new List<Diagnostic>();
        var globals = new CellGlobals();
        ScriptState<object>? state = null;

        foreach (var cell in lesson.Cells.Where(c => c.Flags.Run))
        {
            var clock = Stopwatch.StartNew();
            var code = $"#line {cell.CodeLocation.Line.ToString(CultureInfo.InvariantCulture)} \"{lesson.SourcePath}\"\n{cell.Code}";
            var script = state is null
                ? CSharpScript.Create(code, ScriptEnvironment.Options.WithFilePath(lesson.SourcePath), typeof(CellGlobals))
                : state.Script.ContinueWith(code, ScriptEnvironment.Options.WithFilePath(lesson.SourcePath));

            var compileProblems = script.Compile(cancellationToken);
            diagnostics.AddRange(compileProblems
                .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error || (d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning && d.WarningLevel <= 1))
                .Select(d => FromCompiler(d, cell)));
            if (compileProblems.Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)) break;

            var collector = new OutputCollector();
            var run = Task.Run(async () =>
            {
                Notebook.Current = collector;
                CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
                try
                {
                    return state is null
                        ? await script.RunAsync(globals, _ => true, cancellationToken)
                        : await script.RunFromAsync(state, _ => true, cancellationToken);
                }
                finally
                {
                    Notebook.Current = null;
                }
            }, cancellationToken);

            var finished = await Task.WhenAny(run, Task.Delay(cell.Flags.Timeout, cancellationToken));
            if (finished != run)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.CellTimedOut, cell.FenceLocation,
                    $"cell did not finish within {cell.Flags.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (raise it with timeout=SECONDS on the code fence)"));
                break;
            }

            ScriptState<object> next;
            try
            {
                next = await run;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Exceptions escaping the script host itself (the script's own are caught into State.Exception).
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.CellException, cell.CodeLocation, Describe(e)));
                break;
            }

            if (cell.Flags.Throws)
            {
                if (next.Exception is null)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.CellDidNotThrow, cell.FenceLocation,
                        "this 'throws' cell ran without throwing: fix the code or remove the 'throws' flag"));
                    break;
                }
                collector.Add(new ExceptionOutput(next.Exception.GetType().Name, next.Exception.Message));
            }
            else if (next.Exception is not null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.CellException, ThrowLocation(next.Exception, cell, lesson), Describe(next.Exception)));
                break;
            }
            else if (next.ReturnValue is not null)
            {
                collector.Display(next.ReturnValue);
            }

            results.Add(new CellResult(cell.Index, collector.Complete(), clock.Elapsed));
            // A throwing cell's declarations are kept for the next cell, as a notebook would.
            state = next;
        }

        return new LessonExecution(results, diagnostics);
    }

    private static Diagnostic FromCompiler(Microsoft.CodeAnalysis.Diagnostic d, Cell cell)
    {
        var span = d.Location.GetMappedLineSpan();
        var at = span.IsValid && span.Path == cell.CodeLocation.File
            ? new SourceLocation(cell.CodeLocation.File, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + cell.CodeLocation.Column)
            : cell.CodeLocation;
        var message = d.GetMessage(CultureInfo.InvariantCulture);
        return d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error
            ? Diagnostic.Error(d.Id, at, message)
            : Diagnostic.Warning(d.Id, at, message);
    }

    /// <summary>The innermost stack frame inside the lesson file, else the cell's first line.</summary>
    private static SourceLocation ThrowLocation(Exception exception, Cell cell, Lesson lesson)
    {
        var trace = new StackTrace(exception, fNeedFileInfo: true);
        foreach (var frame in trace.GetFrames())
        {
            if (frame.GetFileName() == lesson.SourcePath && frame.GetFileLineNumber() > 0)
                return new SourceLocation(lesson.SourcePath, frame.GetFileLineNumber(), System.Math.Max(1, frame.GetFileColumnNumber()));
        }
        return cell.CodeLocation;
    }

    private static string Describe(Exception e)
    {
        var inner = e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : e;
        var message = inner.Message.ReplaceLineEndings(" ");
        return $"cell threw {inner.GetType().FullName}: {message}";
    }
}
