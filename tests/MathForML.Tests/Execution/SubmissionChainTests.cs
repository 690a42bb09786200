using MathForML.Execution.Contract;
using MathForML.Execution.Sessions;

namespace MathForML.Tests.Execution;

public sealed class SubmissionChainTests
{
    private static CellRequest Cell(int index, string code, int line) => new(index, code, line, 1, line - 1, false, 30);

    [Fact]
    public async Task Every_cell_comes_compiled_when_it_continues_the_cell_before_it()
    {
        CellRequest[] cells = [Cell(0, "var a = 2;", 3), Cell(1, "var b = a * 3;", 8), Cell(2, "b + 1", 12)];
        var chain = SubmissionChain.Start("input/01_A.md", cells, CancellationToken.None);

        var first = await chain.TryGetAsync(cells[0], previous: null);
        Assert.NotNull(first);
        Assert.DoesNotContain(first.Value.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var second = await chain.TryGetAsync(cells[1], first.Value.Script);
        Assert.NotNull(second);
        Assert.Same(first.Value.Script, second.Value.Script.Previous);
        var third = await chain.TryGetAsync(cells[2], second.Value.Script);
        Assert.NotNull(third);

        // Run in order from the precompiled submissions: the state carries over as in a notebook.
        var globals = new MathForML.Cells.Capture.CellGlobals();
        var state = await first.Value.Script.RunAsync(globals);
        state = await second.Value.Script.RunFromAsync(state);
        state = await third.Value.Script.RunFromAsync(state);
        Assert.Equal(7, state.ReturnValue);
    }

    [Fact]
    public async Task A_cell_asked_for_after_another_state_than_the_chain_holds_is_left_to_the_caller()
    {
        CellRequest[] cells = [Cell(0, "var a = 2;", 3), Cell(1, "a", 8)];
        var chain = SubmissionChain.Start("input/01_A.md", cells, CancellationToken.None);
        Assert.Null(await chain.TryGetAsync(cells[1], previous: null));
        Assert.Null(await chain.TryGetAsync(Cell(5, "a", 20), previous: null));
    }

    [Fact]
    public async Task Compiling_stops_at_the_first_cell_with_errors_which_names_its_markdown_line()
    {
        CellRequest[] cells = [Cell(0, "var a = 2;", 3), Cell(1, "var b = a +;", 8), Cell(2, "b", 12)];
        var chain = SubmissionChain.Start("input/01_A.md", cells, CancellationToken.None);
        var first = await chain.TryGetAsync(cells[0], null);
        var second = await chain.TryGetAsync(cells[1], first!.Value.Script);
        var error = Assert.Single(second!.Value.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var span = error.Location.GetMappedLineSpan();
        Assert.Equal(("input/01_A.md", 8), (span.Path, span.StartLinePosition.Line + 1));
        Assert.Null(await chain.TryGetAsync(cells[2], second.Value.Script));
    }
}
