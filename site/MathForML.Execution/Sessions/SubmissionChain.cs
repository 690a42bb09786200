using System.Collections.Immutable;
using System.Globalization;
using MathForML.Cells.Capture;
using MathForML.Execution.Contract;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace MathForML.Execution.Sessions;

/// <summary>
/// A lesson's cells as one chain of Roslyn script submissions, compiled ahead of execution on a
/// background thread, in order. Compiling submission k needs only the compilations of the cells
/// before it, not their run, so while cell k runs on one core, cell k+1 compiles on another: a
/// lesson re-executed after a one-cell edit spends little time waiting on the compiler.
/// The chain stops compiling at the first cell with errors: the session stops there too.
/// </summary>
public sealed class SubmissionChain
{
    private readonly Dictionary<int, int> _positionOfIndex = [];
    private readonly Script<object>[] _scripts;
    private readonly TaskCompletionSource<ImmutableArray<RoslynDiagnostic>>[] _compiled;

    private SubmissionChain(string sourcePath, IReadOnlyList<CellRequest> cells)
    {
        _scripts = new Script<object>[cells.Count];
        _compiled = new TaskCompletionSource<ImmutableArray<RoslynDiagnostic>>[cells.Count];
        Script<object>? previous = null;
        for (var i = 0; i < cells.Count; i++)
        {
            _positionOfIndex[cells[i].Index] = i;
            var code = CodeOf(sourcePath, cells[i]);
            var options = ScriptEnvironment.Options.WithFilePath(sourcePath);
            previous = _scripts[i] = previous is null
                ? CSharpScript.Create(code, options, typeof(CellGlobals))
                : previous.ContinueWith(code, options);
            _compiled[i] = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Builds the chain and starts compiling it in the background.</summary>
    public static SubmissionChain Start(string sourcePath, IReadOnlyList<CellRequest> cells, CancellationToken cancellationToken)
    {
        var chain = new SubmissionChain(sourcePath, cells);
        _ = Task.Run(() => chain.CompileAll(cancellationToken), CancellationToken.None);
        return chain;
    }

    /// <summary>Prefixes a cell with a <c>#line</c> directive, so diagnostics and stack traces name the Markdown file and line.</summary>
    public static string CodeOf(string sourcePath, CellRequest cell) =>
        $"#line {cell.Line.ToString(CultureInfo.InvariantCulture)} \"{sourcePath}\"\n{cell.Code}";

    /// <summary>
    /// The compiled submission for <paramref name="cell"/> when it continues <paramref name="previous"/>
    /// (null before the first cell), with its compile diagnostics; null when the chain does not
    /// hold that cell right after that state, and the caller compiles on its own.
    /// </summary>
    public async Task<(Script<object> Script, ImmutableArray<RoslynDiagnostic> Diagnostics)?> TryGetAsync(CellRequest cell, Script? previous)
    {
        if (!_positionOfIndex.TryGetValue(cell.Index, out var position)) return null;
        var expectedPrevious = position == 0 ? null : _scripts[position - 1];
        if (!ReferenceEquals(previous, expectedPrevious)) return null;
        try
        {
            return (_scripts[position], await _compiled[position].Task.ConfigureAwait(false));
        }
        catch (Exception)
        {
            return null; // compiling failed in an unexpected way: the caller's own compile reports it
        }
    }

    private void CompileAll(CancellationToken cancellationToken)
    {
        var i = 0;
        try
        {
            for (; i < _scripts.Length; i++)
            {
                // Compile() also emits and loads the submission, so running it later costs no compile.
                var diagnostics = _scripts[i].Compile(cancellationToken);
                _compiled[i].SetResult(diagnostics);
                if (diagnostics.Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)) { i++; break; }
            }
        }
        catch (Exception e)
        {
            _compiled[i].TrySetException(e);
            i++;
        }
        // Cells after a failed one never run; anyone who still asks compiles for themselves.
        for (; i < _compiled.Length; i++) _compiled[i].TrySetCanceled(CancellationToken.None);
    }
}
