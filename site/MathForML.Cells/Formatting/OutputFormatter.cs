using System.Collections;
using MathForML.Cells.Charts;
using MathForML.Cells.Outputs;

namespace MathForML.Cells.Formatting;

/// <summary>
/// Turns what a cell passes to <c>Display</c> into an output: charts as figures, matrices, vectors and
/// records as tables, everything else as text in the invariant culture. The order of the checks
/// matters: MathNet vectors are also sequences, and strings are sequences of chars.
/// </summary>
public static class OutputFormatter
{
    public static CellOutput? Format(object? value) => value switch
    {
        null => null,
        CellOutput output => output,
        GenericChart chart => new ChartOutput(chart.ToFigureJson()) { Title = chart.Title },
        ChartSweep sweep => sweep.ToOutput(),
        // Plotly.NET's charts, recognised by type name: see PlotlyNetChart for why not by type.
        _ when PlotlyNetChart.IsChart(value) => PlotlyNetChart.ToOutput(value),
        _ when GridTable.FromMatrix(value) is { } matrix => matrix,
        _ when GridTable.FromVector(value) is { } vector => vector,
        Array { Rank: 2 } array => GridTable.FromArray(array),
        string text => new ValueOutput("string", text),
        IEnumerable sequence => SequenceFormatter.Format(sequence),
        _ => new ValueOutput(TypeNames.Of(value.GetType()), ValueText.Full(value)),
    };
}
