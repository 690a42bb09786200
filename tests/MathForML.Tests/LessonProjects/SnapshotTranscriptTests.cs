namespace MathForML.Tests.LessonProjects;

/// <summary>The console output a snapshot promises, which the slow test compares a real run with.</summary>
public class SnapshotTranscriptTests
{
    private const string Snapshot = """
        # Cell outputs of input/01_Test.md
        # Verified snapshot: review changes like code; accept new outputs with `accept`.

        ## cell 1: var m = M.DenseIdentity(2);
        [text]
        first line

        last line
        [table Matrix 2×2]
        |  | 0 | 1 |
        | 0 | 1 | 0 |
        | 1 | 0 | 1 |

        ## cell 2: Chart.Line(...)
        [chart Title]
        {
          "data": [
            {
              "type": "scatter",
              "mode": "lines",
              "x": [0, 1],
              "y": [0, 2]
            }
          ],
          "layout": {
            "title": {
              "text": "Title"
            },
            "xaxis": {
              "title": {
                "text": "x"
              }
            }
          }
        }

        ## cell 3: Check(-1)
        [exception ArgumentException]
        n must be positive

        ## cell 4: var nothing = 0;
        (no output)
        """;

    [Fact]
    public void Text_keeps_its_lines_other_outputs_their_header_and_a_chart_becomes_its_description()
    {
        Assert.Equal(
        [
            "first line", "last line",
            "[table Matrix 2×2]", "|  | 0 | 1 |", "| 0 | 1 | 0 |", "| 1 | 0 | 1 |",
            "[chart Title]", "x axis: x", "Line: 2 points, x from 0 to 1, y from 0 to 2.",
            "[exception ArgumentException]", "n must be positive",
        ], SnapshotTranscript.Expected(Snapshot.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void A_difference_names_the_first_line_that_differs()
    {
        var difference = SnapshotTranscript.Difference(["a", "b", "c"], ["a", "B", "c"]);
        Assert.NotNull(difference);
        Assert.StartsWith("first difference at output line 2 of 3 expected, 3 printed", difference);
        Assert.Null(SnapshotTranscript.Difference(["a"], ["a"]));
    }
}
