using System.Text;
using MathForML.Cells.Outputs;

namespace MathForML.Tests.Exercises;

/// <summary>The snapshot text of an expected answer: readable, and exact, so a changed key is a visible diff.</summary>
public class AnswerTextTests
{
    private static string Text(AnswerOutput answer)
    {
        var text = new StringBuilder(OutputText.Header(answer)).Append('\n');
        OutputText.AppendBody(answer, text);
        return text.ToString();
    }

    [Fact]
    public void Each_kind_reads_as_its_key()
    {
        Assert.Equal("[answer number]\n1.6 (± 0.0016)\n", Text(new AnswerOutput(AnswerKind.Number, [1.6])));
        Assert.Equal("[answer number]\n0.7071067811865476 (± 0.001)\n", Text(new AnswerOutput(AnswerKind.Number, [Math.Sqrt(0.5)])));
        Assert.Equal("[answer number]\n-3 (± 0.5)\n", Text(new AnswerOutput(AnswerKind.Number, [-3]) { Tolerance = 0.5 }));
        Assert.Equal("[answer vector 3]\n1, -2.5, 0.3333333333333333 (each ± 0.001·max(1, |entry|))\n",
            Text(new AnswerOutput(AnswerKind.Vector, [1, -2.5, 1 / 3.0]) { Columns = 3 }));
        Assert.Equal("[answer matrix 2×2]\n1, 2\n3, 4\n(each ± 0.01)\n",
            Text(new AnswerOutput(AnswerKind.Matrix, [1, 2, 3, 4]) { Rows = 2, Columns = 2, Tolerance = 0.01 }));
        Assert.Equal("[answer choice]\n  rank 1\n✓ rank 2\n",
            Text(new AnswerOutput(AnswerKind.Choice, []) { Options = ["rank 1", "rank 2"], Correct = 1 }));
    }

    [Fact]
    public void A_console_program_prints_the_answer_as_the_snapshot_has_it()
    {
        var answer = new AnswerOutput(AnswerKind.Number, [2.5]);
        Assert.Equal("[answer number]\n2.5 (± 0.0025)\n", OutputText.ForConsole(answer));
    }
}
