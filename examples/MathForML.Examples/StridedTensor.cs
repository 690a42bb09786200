using System.Globalization;

namespace MathForML.Examples;

/// <summary>
/// A small n-dimensional array the way NumPy and PyTorch store one: a flat buffer, an offset, a shape
/// and strides (how many buffer elements one step along each axis skips). Element (i₀, …, iₙ₋₁) lives
/// at <c>offset + Σₖ iₖ·strideₖ</c>. Transposing, slicing, adding a size-1 axis and broadcasting only
/// change shape, strides and offset, so they return views that share the buffer; <see cref="Contiguous"/>
/// copies. Lesson 13 builds on it; it is meant for small teaching examples, not for speed.
/// </summary>
public sealed class StridedTensor
{
    private readonly double[] buffer;

    private StridedTensor(double[] buffer, int offset, int[] shape, int[] strides)
    {
        this.buffer = buffer;
        Offset = offset;
        Shape = shape;
        Strides = strides;
    }

    /// <summary>The position in the buffer of the element with all indices 0.</summary>
    public int Offset { get; }

    /// <summary>The length of each axis.</summary>
    public IReadOnlyList<int> Shape { get; }

    /// <summary>For each axis, the buffer elements skipped by one step along it (0 for a broadcast axis).</summary>
    public IReadOnlyList<int> Strides { get; }

    /// <summary>The number of axes.</summary>
    public int Rank => Shape.Count;

    /// <summary>The number of elements, the product of the shape (1 for a scalar of rank 0).</summary>
    public int Size => Shape.Aggregate(1, (p, n) => p * n);

    /// <summary>Row-major ("C order") strides of a shape: the last axis has stride 1.</summary>
    public static int[] RowMajorStrides(IReadOnlyList<int> shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var strides = new int[shape.Count];
        var step = 1;
        for (var k = shape.Count - 1; k >= 0; k--)
        {
            strides[k] = step;
            step *= shape[k];
        }
        return strides;
    }

    /// <summary>A row-major tensor over <paramref name="data"/> (not copied: the tensor is a view of it).</summary>
    public static StridedTensor FromArray(double[] data, params int[] shape)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.Any(n => n < 0)) throw new ArgumentException("Axis lengths must be non-negative.", nameof(shape));
        var size = shape.Aggregate(1, (p, n) => p * n);
        if (size != data.Length)
            throw new ArgumentException($"Shape ({string.Join(", ", shape)}) holds {size} elements, the data {data.Length}.", nameof(shape));
        return new StridedTensor(data, 0, [.. shape], RowMajorStrides(shape));
    }

    /// <summary>The row-major tensor 0, 1, 2, … of the given shape, like <c>np.arange(n).reshape(shape)</c>.</summary>
    public static StridedTensor Arange(params int[] shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var size = shape.Aggregate(1, (p, n) => p * n);
        return FromArray([.. Enumerable.Range(0, size).Select(i => (double)i)], shape);
    }

    /// <summary>A new row-major tensor of zeros.</summary>
    public static StridedTensor Zeros(params int[] shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return FromArray(new double[shape.Aggregate(1, (p, n) => p * n)], shape);
    }

    /// <summary>The buffer position of an element: offset + Σₖ iₖ·strideₖ.</summary>
    public int PositionOf(params int[] index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (index.Length != Rank) throw new ArgumentException($"Expected {Rank} indices, got {index.Length}.", nameof(index));
        var position = Offset;
        for (var k = 0; k < Rank; k++)
        {
            if (index[k] < 0 || index[k] >= Shape[k])
                throw new IndexOutOfRangeException($"Index {index[k]} is outside axis {k} of length {Shape[k]}.");
            position += index[k] * Strides[k];
        }
        return position;
    }

    /// <summary>Reads or writes one element; a write through a view changes every view of the buffer.</summary>
    public double this[params int[] index]
    {
        get => buffer[PositionOf(index)];
        set => buffer[PositionOf(index)] = value;
    }

    /// <summary>True when both tensors read the same buffer (a write through one shows in the other).</summary>
    public bool SharesBufferWith(StridedTensor other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ReferenceEquals(buffer, other.buffer);
    }

    /// <summary>True when the elements are the buffer's, in row-major order, with no gaps: strides are
    /// those of <see cref="RowMajorStrides"/> (axes of length 1 may have any stride).</summary>
    public bool IsContiguous
    {
        get
        {
            var expected = RowMajorStrides(Shape);
            for (var k = 0; k < Rank; k++)
                if (Shape[k] != 1 && Strides[k] != expected[k]) return false;
            return true;
        }
    }

    /// <summary>A view with the axes reordered: axis k of the result is axis <c>order[k]</c> of this one.</summary>
    public StridedTensor Permute(params int[] order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Length != Rank || order.Distinct().Count() != Rank || order.Any(a => a < 0 || a >= Rank))
            throw new ArgumentException("The order must list every axis once.", nameof(order));
        return new StridedTensor(buffer, Offset, [.. order.Select(a => Shape[a])], [.. order.Select(a => Strides[a])]);
    }

    /// <summary>The transpose of a matrix (rank 2) as a view: the two strides swap, no element moves.</summary>
    public StridedTensor Transpose()
    {
        if (Rank != 2) throw new InvalidOperationException("Transpose() is for rank 2; use Permute for more axes.");
        return Permute(1, 0);
    }

    /// <summary>A view of elements start, start + step, … (before stop) along one axis; step ≥ 1.</summary>
    public StridedTensor Slice(int axis, int start, int stop, int step = 1)
    {
        if (axis < 0 || axis >= Rank) throw new ArgumentOutOfRangeException(nameof(axis));
        if (step < 1) throw new ArgumentOutOfRangeException(nameof(step), "Only positive steps are supported.");
        if (start < 0 || stop > Shape[axis] || start > stop) throw new ArgumentOutOfRangeException(nameof(start));
        var shape = Shape.ToArray();
        var strides = Strides.ToArray();
        shape[axis] = (stop - start + step - 1) / step;
        strides[axis] = Strides[axis] * step;
        return new StridedTensor(buffer, Offset + start * Strides[axis], shape, strides);
    }

    /// <summary>
    /// The same elements under a new shape, as a view when the tensor is contiguous. A non-contiguous
    /// tensor (a transpose, a strided slice) cannot be reshaped without a copy, and this throws, as
    /// PyTorch's <c>view</c> does; call <see cref="Contiguous"/> first (what <c>reshape</c> does for you).
    /// </summary>
    public StridedTensor Reshape(params int[] shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var size = shape.Aggregate(1, (p, n) => p * n);
        if (size != Size) throw new ArgumentException($"Cannot reshape {Size} elements into {size}.", nameof(shape));
        if (!IsContiguous)
            throw new InvalidOperationException(
                $"A tensor with strides ({string.Join(", ", Strides)}) is not contiguous: copy it with Contiguous() before reshaping.");
        return new StridedTensor(buffer, Offset, [.. shape], RowMajorStrides(shape));
    }

    /// <summary>A view with a new axis of length 1 at <paramref name="axis"/> (NumPy's <c>None</c>, PyTorch's <c>unsqueeze</c>).</summary>
    public StridedTensor Unsqueeze(int axis)
    {
        if (axis < 0 || axis > Rank) throw new ArgumentOutOfRangeException(nameof(axis));
        var shape = Shape.ToList();
        var strides = Strides.ToList();
        shape.Insert(axis, 1);
        strides.Insert(axis, 0);
        return new StridedTensor(buffer, Offset, [.. shape], [.. strides]);
    }

    /// <summary>
    /// A view with the broadcast shape: missing leading axes and axes of length 1 get stride 0, so one
    /// stored element stands for a whole axis. Throws when the shapes are not compatible
    /// (see <see cref="BroadcastShape"/>).
    /// </summary>
    public StridedTensor BroadcastTo(params int[] shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.Length < Rank) throw new ArgumentException("Broadcasting cannot remove axes.", nameof(shape));
        var lead = shape.Length - Rank;
        var strides = new int[shape.Length];
        for (var k = 0; k < shape.Length; k++)
        {
            if (k < lead) { strides[k] = 0; continue; }
            var own = Shape[k - lead];
            if (own == shape[k]) strides[k] = Strides[k - lead];
            else if (own == 1) strides[k] = 0;
            else throw new ArgumentException($"Axis of length {own} cannot broadcast to {shape[k]}.", nameof(shape));
        }
        return new StridedTensor(buffer, Offset, [.. shape], strides);
    }

    /// <summary>
    /// NumPy's broadcasting rule: align the shapes on the right; two lengths are compatible when equal or
    /// when one is 1, and the result takes the larger; a missing axis counts as 1.
    /// </summary>
    public static int[] BroadcastShape(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var rank = Math.Max(a.Count, b.Count);
        var result = new int[rank];
        for (var k = 1; k <= rank; k++)
        {
            var m = k <= a.Count ? a[a.Count - k] : 1;
            var n = k <= b.Count ? b[b.Count - k] : 1;
            if (m != n && m != 1 && n != 1)
                throw new ArgumentException(
                    $"Shapes ({string.Join(", ", a)}) and ({string.Join(", ", b)}) do not broadcast: {m} vs {n} on axis -{k}.");
            result[rank - k] = Math.Max(m, n);
        }
        return result;
    }

    /// <summary>Every index of a shape in row-major order (the last index moves fastest).</summary>
    public static IEnumerable<int[]> Indices(IReadOnlyList<int> shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.Any(n => n == 0)) yield break;
        var index = new int[shape.Count];
        while (true)
        {
            yield return (int[])index.Clone();
            var k = shape.Count - 1;
            while (k >= 0 && ++index[k] == shape[k]) index[k--] = 0;
            if (k < 0) yield break;
        }
    }

    /// <summary>The elements in row-major order of this view's shape (a copy).</summary>
    public double[] ToArray() => [.. Indices(Shape).Select(i => this[i])];

    /// <summary>A row-major copy in a new buffer: writes to it no longer reach the original.</summary>
    public StridedTensor Contiguous() => FromArray(ToArray(), [.. Shape]);

    /// <summary>Elementwise <paramref name="op"/> of two tensors after broadcasting both to their common shape.</summary>
    public static StridedTensor Elementwise(StridedTensor a, StridedTensor b, Func<double, double, double> op)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(op);
        var shape = BroadcastShape(a.Shape, b.Shape);
        var (ba, bb) = (a.BroadcastTo(shape), b.BroadcastTo(shape));
        return FromArray([.. Indices(shape).Select(i => op(ba[i], bb[i]))], shape);
    }

    /// <summary>A rank-2 tensor's elements as a <c>double[,]</c> (for charts and MathNet).</summary>
    public double[,] ToArray2D()
    {
        if (Rank != 2) throw new InvalidOperationException("ToArray2D needs rank 2.");
        var result = new double[Shape[0], Shape[1]];
        for (var i = 0; i < Shape[0]; i++)
            for (var j = 0; j < Shape[1]; j++)
                result[i, j] = this[i, j];
        return result;
    }

    /// <summary>Shape, strides and offset, e.g. <c>shape (3, 4), strides (1, 4), offset 0</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"shape ({string.Join(", ", Shape)}), strides ({string.Join(", ", Strides)}), offset {Offset}");
}
