using System.Text.Json;

namespace MathForML.Cells.Charts.Traces;

/// <summary>One plotly trace. Traces hold copies of their data, so a chart never changes after it is built.</summary>
internal abstract class Trace
{
    /// <summary>True for traces plotly draws in a 3-D scene; the layout then puts axis titles under <c>scene</c>.</summary>
    public virtual bool IsThreeDimensional => false;

    /// <summary>Writes the trace as one JSON object; property order is fixed for deterministic output.</summary>
    public abstract void Write(Utf8JsonWriter writer);

    /// <summary>Writes <c>"name"</c> when the trace has one; plotly falls back to "trace N" otherwise.</summary>
    protected static void WriteName(Utf8JsonWriter writer, string? name)
    {
        if (name is not null) writer.WriteString("name", name);
    }
}
