using System.Text.Json;

namespace MathForML.Cells.Charts.Traces;

/// <summary>
/// A trace over a grid of z values (heatmap, contour, surface). Axes are either numbers, category
/// labels, or absent (plotly then uses the indices 0, 1, 2…).
/// </summary>
internal sealed class GridTrace : Trace
{
    private readonly string _type;
    private readonly double[,] _z;
    private readonly double[]? _x, _y;
    private readonly string[]? _xLabels, _yLabels;
    private readonly string? _colorScale;
    private readonly bool _reverseScale;

    private GridTrace(string type, double[,] z, double[]? x, double[]? y, string[]? xLabels, string[]? yLabels, string? colorScale = null, bool reverseScale = false)
    {
        _type = type;
        // Copy so that a cell changing its array afterwards cannot change a chart already shown.
        _z = (double[,])z.Clone();
        _x = x;
        _y = y;
        _xLabels = xLabels;
        _yLabels = yLabels;
        _colorScale = colorScale;
        _reverseScale = reverseScale;
    }

    public static GridTrace Numeric(string type, double[,] z, double[]? x, double[]? y) => new(type, z, x, y, null, null);

    public static GridTrace Labelled(string type, double[,] z, string[] xLabels, string[] yLabels) =>
        new(type, z, null, null, xLabels, yLabels);

    public override bool IsThreeDimensional => _type == "surface";

    /// <summary>A copy coloured by one of plotly's named colour scales.</summary>
    public GridTrace WithColorScale(string name, bool reversed) => new(_type, _z, _x, _y, _xLabels, _yLabels, name, reversed);

    public override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", _type);
        if (_x is not null) FigureJson.WriteNumbers(writer, "x", _x);
        if (_xLabels is not null) FigureJson.WriteStrings(writer, "x", _xLabels);
        if (_y is not null) FigureJson.WriteNumbers(writer, "y", _y);
        if (_yLabels is not null) FigureJson.WriteStrings(writer, "y", _yLabels);
        FigureJson.WriteRows(writer, "z", _z);
        if (_colorScale is not null)
        {
            writer.WriteString("colorscale", _colorScale);
            if (_reverseScale) writer.WriteBoolean("reversescale", true);
        }
        writer.WriteEndObject();
    }
}
