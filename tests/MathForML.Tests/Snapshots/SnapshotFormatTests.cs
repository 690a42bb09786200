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
}
