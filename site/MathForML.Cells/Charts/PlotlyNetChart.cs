// Explicit, though implied here: lesson downloads copy this file into a project without implicit usings.
using System.Reflection;
using MathForML.Cells.Outputs;

namespace MathForML.Cells.Charts;

/// <summary>
/// Recognises a Plotly.NET chart (<c>Plotly.NET.GenericChart</c>, from Plotly.NET.CSharp's
/// <c>Chart.Line</c> or the F# API) and turns it into the same <see cref="ChartOutput"/> a course
/// chart gives, so the page, the theme, the SVG export, the data table and the snapshot treat both
/// alike.
/// </summary>
/// <remarks>
/// By name and reflection, never by a compile-time reference: loading FSharp.Core and Plotly.NET
/// costs a cell over a second here, so this library must not pull them in for lessons that do
/// not use them (a value of theirs can only exist once a cell has loaded them), and the lesson
/// downloads that carry this file compile without Plotly.NET unless their cells use it. It also
/// keeps working with whichever Plotly.NET version a cell brings, as long as it has
/// <c>GenericChart.toFigureJson</c> (every version since 4.0).
/// </remarks>
public static class PlotlyNetChart
{
    private const string AssemblyName = "Plotly.NET";
    private const string ChartTypeName = "Plotly.NET.GenericChart";
    private const string DefaultsTypeName = "Plotly.NET.Defaults";

    /// <summary>True for a Plotly.NET chart: its type, or a base type (the F# union's cases), is Plotly.NET's GenericChart.</summary>
    public static bool IsChart(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return ChartType(value.GetType()) is not null;
    }

    /// <summary>The chart as the course's chart output: its figure without Plotly.NET's template and default size.</summary>
    public static ChartOutput ToOutput(object chart)
    {
        var figureJson = PlotlyNetFigure.Normalize(RawFigureJson(chart), DefaultSize(chart));
        return new ChartOutput(figureJson) { Title = ChartDescription.Summarize(figureJson).Title };
    }

    /// <summary>Plotly.NET's own figure JSON for the chart (<c>GenericChart.toFigureJson</c>), template and all.</summary>
    public static string RawFigureJson(object chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var type = ChartType(chart.GetType()) ?? throw new ArgumentException($"{chart.GetType()} is not a Plotly.NET chart.", nameof(chart));
        var toFigureJson = type.GetMethod("toFigureJson", BindingFlags.Public | BindingFlags.Static, [type])
            ?? throw new NotSupportedException($"This Plotly.NET ({type.Assembly.GetName().Version}) has no GenericChart.toFigureJson; use Plotly.NET 4.0 or later.");
        try
        {
            return (string)toFigureJson.Invoke(null, [chart])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            // The cell's error should name Plotly.NET's exception, not reflection's wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    /// <summary>
    /// The width and height Plotly.NET gives every chart unless told otherwise (<c>Defaults.DefaultWidth</c>
    /// and <c>DefaultHeight</c>, 600×600), read now because a cell may have changed them.
    /// </summary>
    private static (int Width, int Height)? DefaultSize(object chart)
    {
        var defaults = chart.GetType().Assembly.GetType(DefaultsTypeName);
        var width = defaults?.GetProperty("DefaultWidth", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        var height = defaults?.GetProperty("DefaultHeight", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        return width is int w && height is int h ? (w, h) : null;
    }

    private static Type? ChartType(Type type)
    {
        for (Type? current = type; current is not null; current = current.BaseType)
        {
            if (current.FullName == ChartTypeName && current.Assembly.GetName().Name == AssemblyName) return current;
        }
        return null;
    }
}
