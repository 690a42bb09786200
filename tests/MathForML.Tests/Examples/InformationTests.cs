using MathForML.Examples;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class InformationTests
{
    [Fact]
    public void Entropy_known_values_in_nats()
    {
        Assert.Equal(Math.Log(2), Information.Entropy([0.5, 0.5]), 15);
        Assert.Equal(Math.Log(6), Information.Entropy(Enumerable.Repeat(1.0 / 6, 6)), 15);
        Assert.Equal(-(0.9 * Math.Log(0.9) + 0.1 * Math.Log(0.1)), Information.Entropy([0.9, 0.1]), 15);
        Assert.Equal(0.3250829733914482, Information.Entropy([0.9, 0.1]), 15);
    }

    [Fact]
    public void Entropy_uses_zero_log_zero_equals_zero()
    {
        Assert.Equal(0.0, Information.Entropy([1.0, 0.0]));
        Assert.Equal(Information.Entropy([0.5, 0.5]), Information.Entropy([0.5, 0.0, 0.5, 0.0]));
    }

    [Fact]
    public void Entropy_accepts_a_vector_and_rejects_negative_entries_as_NaN()
    {
        var p = Vector<double>.Build.Dense([0.2, 0.3, 0.5]);
        Assert.Equal(Information.Entropy([0.2, 0.3, 0.5]), Information.Entropy(p));
        Assert.True(double.IsNaN(Information.Entropy([1.2, -0.2])));
    }
}
