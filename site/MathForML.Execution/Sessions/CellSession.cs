using System.Diagnostics;
using System.Globalization;
using MathForML.Cells.Capture;
using MathForML.Cells.Outputs;
using MathForML.Execution.Contract;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace MathForML.Execution.Sessions;

/// <summary>
/// One lesson's notebook session in Roslyn scripting: each cell is a submission that continues the
/// previous one's state, so declarations carry over. Each cell's code is prefixed with a
/// <c>#line</c> directive, so compile errors and stack traces already carry the Markdown file and
/// line — no mapping tables needed. Time limits are the caller's job (a worker's parent kills it).
/// </summary>
public sealed class CellSession(string sourcePath)
{
    private static readonly object ConsoleGate = new();
    private static bool _consoleInstalled;
    private readonly CellGlobals _globals = new();
    private ScriptState<object>? _state;
    private SubmissionChain? _chain;

    /// <summary>
    /// Starts compiling the lesson's cells ahead of running them (see <see cref="SubmissionChain"/>).
    /// Optional: without it each cell compiles when it runs.
    /// </summary>
    public void Prepare(IReadOnlyList<CellRequest> cells, CancellationToken cancellationToken = default) =>
        _chain = SubmissionChain.Start(sourcePath, cells, cancellationToken);

    /// <summary>
    /// Routes Console.Out and Console.Error to the running cell's collector, once per process;
    /// writes outside any cell go to <paramref name="fallback"/>.
    /// </summary>
    public static void InstallConsoleCapture(TextWriter fallback)
    {
        lock (ConsoleGate)
        {
            if (_consoleInstalled) return;
            var writer = new CollectorWriter(fallback);
            Console.SetOut(writer);
            Console.SetError(writer);
            _consoleInstalled = true;
        }
    }

    public async Task<CellOutcome> RunAsync(CellRequest cell, CancellationToken cancellationToken)
    {
        InstallConsoleCapture(Console.Out);
        var clock = Stopwatch.StartNew();
        var diagnostics = new List<ExecutionDiagnostic>();
        Script<object> script;
        System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> compileProblems;
        if (_chain is not null && await _chain.TryGetAsync(cell, _state?.Script) is { } compiled)
        {
            (script, compileProblems) = compiled;
        }
        else
        {
            var code = SubmissionChain.CodeOf(sourcePath, cell);
            var options = ScriptEnvironment.Options.WithFilePath(sourcePath);
            script = _state is null
                ? CSharpScript.Create(code, options, typeof(CellGlobals))
                : _state.Script.ContinueWith(code, options);
            compileProblems = script.Compile(cancellationToken);
        }
        diagnostics.AddRange(compileProblems
            .Where(d => d.Severity == RoslynSeverity.Error || (d.Severity == RoslynSeverity.Warning && d.WarningLevel <= 1))
            .Select(d => FromCompiler(d, cell)));
        if (compileProblems.Any(d => d.Severity == RoslynSeverity.Error))
            return new CellOutcome(cell.Index, [], diagnostics, clock.Elapsed.TotalMilliseconds);

        var collector = new OutputCollector();
        ScriptState<object> next;
        try
        {
            next = await Task.Run(async () =>
            {
                Notebook.Current = collector;
                CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
                try
                {
                    return _state is null
                        ? await script.RunAsync(_globals, _ => true, cancellationToken)
                        : await script.RunFromAsync(_state, _ => true, cancellationToken);
                }
                finally
                {
                    Notebook.Current = null;
                }
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Exceptions escaping the script host itself (the script's own are caught into State.Exception).
            diagnostics.Add(Problem(ExecutionCodes.CellException, At(cell, cell.Line), Describe(e)));
            return new CellOutcome(cell.Index, collector.Complete(), diagnostics, clock.Elapsed.TotalMilliseconds) { RanOutOfMemory = IsOutOfMemory(e) };
        }

        if (cell.Throws)
        {
            if (next.Exception is null)
                diagnostics.Add(Problem(ExecutionCodes.CellDidNotThrow, At(cell, cell.FenceLine),
                    "this 'throws' cell ran without throwing: fix the code or remove the 'throws' flag"));
            else
                collector.Add(new ExceptionOutput(next.Exception.GetType().Name, next.Exception.Message));
        }
        else if (next.Exception is not null)
        {
            diagnostics.Add(Problem(ExecutionCodes.CellException, ThrowLocation(next.Exception, cell), Describe(next.Exception)));
        }
        else if (cell.Answer)
        {
            if (AnswerCells.Check(cell, next.ReturnValue, collector, out var answer) is { } problem)
                diagnostics.Add(Problem(problem.Code, At(cell, cell.FenceLine, 1), problem.Message));
            else
                collector.Add(answer!);
        }
        else if (next.ReturnValue is not null)
        {
            collector.Display(next.ReturnValue);
        }
        if (!cell.Answer && AnswerCells.Misplaced(collector) is { } misplaced)
            diagnostics.Add(Problem(misplaced.Code, At(cell, cell.FenceLine, 1), misplaced.Message));

        if (collector.Truncated)
        {
            diagnostics.Add(Problem(ExecutionCodes.CellOutputTooLarge, At(cell, cell.FenceLine, 1),
                $"the cell printed more than {collector.MaxTextLength.ToString("N0", CultureInfo.InvariantCulture)} characters; the rest was cut. Print a summary instead"));
        }

        // A throwing cell's declarations are kept for the next cell, as a notebook would.
        _state = next;
        return new CellOutcome(cell.Index, collector.Complete(), diagnostics, clock.Elapsed.TotalMilliseconds) { RanOutOfMemory = IsOutOfMemory(next.Exception) };
    }

    /// <summary>A line and column of the lesson file.</summary>
    private readonly record struct Place(int Line, int Column);

    private Place At(CellRequest cell, int line, int? column = null) => new(line, column ?? cell.Column);

    private ExecutionDiagnostic Problem(string code, Place at, string message) =>
        ExecutionDiagnostic.Error(code, sourcePath, at.Line, at.Column, message);

    private ExecutionDiagnostic FromCompiler(Microsoft.CodeAnalysis.Diagnostic d, CellRequest cell)
    {
        var span = d.Location.GetMappedLineSpan();
        var at = span.IsValid && span.Path == sourcePath
            ? new Place(span.StartLinePosition.Line + 1, span.StartLinePosition.Character + cell.Column)
            : At(cell, cell.Line);
        var message = d.GetMessage(CultureInfo.InvariantCulture);
        return new ExecutionDiagnostic(d.Severity == RoslynSeverity.Error, d.Id, sourcePath, at.Line, at.Column, message);
    }

    /// <summary>The innermost stack frame inside the lesson file, else the cell's first line.</summary>
    private Place ThrowLocation(Exception exception, CellRequest cell)
    {
        var trace = new StackTrace(exception, fNeedFileInfo: true);
        foreach (var frame in trace.GetFrames())
        {
            if (frame.GetFileName() == sourcePath && frame.GetFileLineNumber() > 0)
                return new Place(frame.GetFileLineNumber(), System.Math.Max(1, frame.GetFileColumnNumber()));
        }
        return At(cell, cell.Line);
    }

    private static bool IsOutOfMemory(Exception? e) =>
        e is OutOfMemoryException || e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsOutOfMemory);

    private static string Describe(Exception e)
    {
        var inner = e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : e;
        return $"cell threw {inner.GetType().FullName}: {inner.Message.ReplaceLineEndings(" ")}";
    }
}
