using MathForML.Examples;

namespace MathForML.Tests.Examples;

public class EinsumTests
{
    [Fact]
    public void Matrix_product_trace_and_outer_product_match_loops()
    {
        var a = StridedTensor.Arange(2, 3);
        var b = StridedTensor.Arange(3, 2);
        Assert.Equal([10.0, 13, 28, 40], Einsum.Evaluate("ij,jk->ik", a, b).ToArray());
        Assert.Equal(0 + 4 + 8, Einsum.Evaluate("ii->", StridedTensor.Arange(3, 3)).ToArray()[0]);
        Assert.Equal([0.0, 0, 0, 1], Einsum.Evaluate("i,j->ij", StridedTensor.Arange(2), StridedTensor.Arange(2)).ToArray());
        Assert.Equal([0.0, 3, 1, 4, 2, 5], Einsum.Evaluate("ij->ji", a).ToArray());
    }

    [Fact]
    public void Implicit_mode_keeps_letters_seen_once_in_order()
    {
        Assert.Equal("ik", Einsum.Parse("ij,jk").Output);
        Assert.Equal([10.0, 13, 28, 40], Einsum.Evaluate("ij,jk", StridedTensor.Arange(2, 3), StridedTensor.Arange(3, 2)).ToArray());
    }

    [Fact]
    public void Mismatched_lengths_are_reported()
    {
        Assert.Throws<ArgumentException>(() => Einsum.Evaluate("ij,jk->ik", StridedTensor.Arange(2, 3), StridedTensor.Arange(2, 2)));
    }
}
