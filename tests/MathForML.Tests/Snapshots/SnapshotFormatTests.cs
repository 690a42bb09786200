using System.Collections.Immutable;
using MathForML.Generator.CellExecution;
using MathForML.Generator.Snapshots;
using MathForML.Tests.Execution;

namespace MathForML.Tests.Snapshots;

public class SnapshotFormatTests
{
    [Fact]
    public async Task Writes_every_output_kind_under_its_cell()
    {
        var (lesson, run) = await Run.Cells(
            Run.Cell("run", "Console.WriteLine(\"hi\");\n42")
            + Run.Cell("run hide", "Vector<double>.Build.Dense(new[] { 0.5, 1.0 })")
            + Run.Cell("run", "Chart.Line(new[] { 0.0, 1.0 }, new[] { 1.0, 2.0 }).WithTitle(\"T\")")
            + Run.Cell("run throws", "throw new InvalidOperationException(\"no\");")
            + Run.Cell("run", "var quiet = 1;"));
        Assert.Empty(run.Diagnostics);
        lesson = lesson with { Results = run.Results.Select(r => r.ToResult()).ToDictionary(r => r.Index).ToImmutableDictionary() };
        var text = SnapshotFormat.Write(lesson);
        Assert.Equal("""
            # Cell outputs of input/01_Test.md
            # Verified snapshot: review changes like code; accept new outputs with `accept`.

            ## cell 1: Console.WriteLine("hi");
            [text]
            hi
            [value int]
            42

            ## cell 2: Vector<double>.Build.Dense(new[] { 0.5, 1.0 })
            [table Vector 2]
            | 0 | 1 |
            | 0.5 | 1 |

            ## cell 3: Chart.Line(new[] { 0.0, 1.0 }, new[] { 1.0, 2.0 }).WithTitle("T")
            [chart T]
            {
              "data": [
                {
                  "type": "scatter",
                  "mode": "lines",
                  "x": [0, 1],
                  "y": [1, 2]
                }
              ],
              "layout": {
                "title": {
                  "text": "T"
                }
              }
            }

            ## cell 4: throw new InvalidOperationException("no");
            [exception InvalidOperationException]
            no

            ## cell 5: var quiet = 1;
            (no output)

            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public async Task An_explorable_chart_records_its_initial_figure_in_full_and_every_other_frame_in_short()
    {
        var (lesson, run) = await Run.Cells(Run.Cell("run", """
            var x = Enumerable.Range(0, 10).Select(i => (double)i).ToArray();
            Chart.Sweep("power n", [1, 2], 1, n => Chart.Line(x, x.Select(v => Math.Pow(v, n))).WithTitle($"n = {n}"))
            """));
        Assert.Empty(run.Diagnostics);
        lesson = lesson with { Results = run.Results.Select(r => r.ToResult()).ToDictionary(r => r.Index).ToImmutableDictionary() };

        var text = SnapshotFormat.Write(lesson);

        // The initial frame has its arrays in full: the shared axes reach the other frame's 81.
        Assert.Contains("""
            [chart n = 1]
            {
              "data": [
                {
                  "type": "scatter",
                  "mode": "lines",
                  "x": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
                  "y": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
                }
              ],
              "layout": {
                "title": {
                  "text": "n = 1"
                },
                "xaxis": {
                  "range": [0, 9]
                },
                "yaxis": {
                  "range": [-4.05, 85.05]
                }
              }
            }
            [frames power n: 1, 2 (shown at 1)]
            --- power n = 2
            {
              "data": [
                {
                  "type": "scatter",
                  "mode": "lines",
                  "x": [10 numbers from 0 to 9, #
            """.ReplaceLineEndings("\n"), text, StringComparison.Ordinal);
        Assert.Contains("""
                  "y": [10 numbers from 0 to 81, #
            """.ReplaceLineEndings("\n").TrimEnd('\n'), text, StringComparison.Ordinal);
        Assert.Contains("\"text\": \"n = 2\"", text, StringComparison.Ordinal);
        Assert.Contains("\"range\": [-4.05, 85.05]", text[text.IndexOf("--- power n = 2", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_value_in_a_summarised_array_changes_its_line()
    {
        var before = SnapshotFormat.PrettyJson("""{"y":[1,2,3,4,5,6,7,8,9]}""", summarizeArrays: true);
        var after = SnapshotFormat.PrettyJson("""{"y":[1,2,3,4,5,6,7,8.5,9]}""", summarizeArrays: true);

        Assert.StartsWith("{\n  \"y\": [9 numbers from 1 to 9, #", before, StringComparison.Ordinal);
        Assert.NotEqual(before, after);
        // Short arrays stay in full.
        Assert.Contains("[1, 2, 3]", SnapshotFormat.PrettyJson("""{"y":[1,2,3]}""", summarizeArrays: true), StringComparison.Ordinal);
    }
}
