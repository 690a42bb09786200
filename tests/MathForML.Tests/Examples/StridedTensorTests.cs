using MathForML.Examples;

namespace MathForML.Tests.Examples;

public class StridedTensorTests
{
    [Fact]
    public void Row_major_strides_count_elements_skipped_per_step()
    {
        Assert.Equal([12, 4, 1], StridedTensor.RowMajorStrides([2, 3, 4]));
        var t = StridedTensor.Arange(2, 3, 4);
        Assert.Equal(1 * 12 + 2 * 4 + 3, t[1, 2, 3]);
        Assert.True(t.IsContiguous);
    }

    [Fact]
    public void Transpose_is_a_view_that_swaps_strides_and_shares_the_buffer()
    {
        var a = StridedTensor.Arange(2, 3);
        var at = a.Transpose();
        Assert.Equal([3, 2], at.Shape);
        Assert.Equal([1, 3], at.Strides);
        Assert.False(at.IsContiguous);
        Assert.True(at.SharesBufferWith(a));
        at[2, 1] = 100;
        Assert.Equal(100, a[1, 2]);
        Assert.Equal([0.0, 3, 1, 4, 2, 100], at.ToArray());
    }

    [Fact]
    public void Reshape_of_a_non_contiguous_view_throws_and_contiguous_copies()
    {
        var at = StridedTensor.Arange(2, 3).Transpose();
        Assert.Throws<InvalidOperationException>(() => at.Reshape(6));
        var copy = at.Contiguous();
        Assert.False(copy.SharesBufferWith(at));
        Assert.Equal([0.0, 3, 1, 4, 2, 5], copy.Reshape(6).ToArray());
    }

    [Fact]
    public void Slice_with_a_step_multiplies_the_stride_and_moves_the_offset()
    {
        var v = StridedTensor.Arange(10).Slice(0, 1, 10, 3);
        Assert.Equal([3], v.Shape);
        Assert.Equal([3], v.Strides);
        Assert.Equal(1, v.Offset);
        Assert.Equal([1.0, 4, 7], v.ToArray());
    }

    [Fact]
    public void Broadcasting_aligns_on_the_right_and_uses_stride_zero()
    {
        Assert.Equal([8, 4, 3], StridedTensor.BroadcastShape([8, 1, 3], [4, 3]));
        Assert.Throws<ArgumentException>(() => StridedTensor.BroadcastShape([3, 2], [3]));
        var row = StridedTensor.FromArray([10.0, 20, 30], 3);
        var b = row.BroadcastTo(2, 3);
        Assert.Equal([0, 1], b.Strides);
        var sum = StridedTensor.Elementwise(StridedTensor.Arange(2, 3), row, (x, y) => x + y);
        Assert.Equal([10.0, 21, 32, 13, 24, 35], sum.ToArray());
        var column = StridedTensor.FromArray([1.0, 2], 2).Unsqueeze(1);
        Assert.Equal([2, 1], column.Shape);
        Assert.Equal([1.0, 1, 1, 2, 2, 2], column.BroadcastTo(2, 3).ToArray());
    }
}
