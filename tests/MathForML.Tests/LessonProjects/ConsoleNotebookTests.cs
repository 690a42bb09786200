using MathForML.Cells.Charts;
using MathForML.Cells.Standalone;
using MathForML.Tests.Support;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.LessonProjects;

/// <summary>Display in a lesson's console program prints what the snapshot holds.</summary>
[Collection(nameof(ConsoleCollection))] // Console.Out is shared by the whole process
public class ConsoleNotebookTests
{
    [Fact]
    public void A_matrix_prints_as_the_snapshot_table()
    {
        Assert.Equal("[table Matrix 2×2]\n|  | 0 | 1 |\n| 0 | 1 | 0 |\n| 1 | 0 | 1 |\n",
            ConsoleCapture.Of(() => ConsoleNotebook.Display(Matrix<double>.Build.DenseIdentity(2))));
    }

    [Fact]
    public void A_chart_prints_its_title_axes_and_traces_in_words()
    {
        Assert.Equal("[chart Growth]\nx axis: t\nLine \"y\": 2 points, x from 0 to 1, y from 0 to 2.\n",
            ConsoleCapture.Of(() => ConsoleNotebook.Display(Chart.Line([0.0, 1], [0.0, 2], "y").WithTitle("Growth").WithXAxisTitle("t"))));
    }

    [Fact]
    public void Null_prints_nothing_and_an_exception_prints_its_type_and_message()
    {
        Assert.Equal("", ConsoleCapture.Of(() => ConsoleNotebook.Display(null)));
        Assert.Equal("[exception ArgumentException]\nbad\n", ConsoleCapture.Of(() => ConsoleNotebook.DisplayException(new ArgumentException("bad"))));
    }

    [Fact]
    public void An_answer_prints_as_the_snapshot_records_it()
    {
        Assert.Equal("[answer vector 2]\n3, 4 (each ± 0.1)\n", ConsoleCapture.Of(() => ConsoleNotebook.DisplayAnswer(new[] { 3.0, 4.0 }, 0.1)));
        Assert.Equal("[answer number]\n1.6 (± 0.0016)\n", ConsoleCapture.Of(() => ConsoleNotebook.DisplayAnswer(8 / 5.0, null)));
    }
}
