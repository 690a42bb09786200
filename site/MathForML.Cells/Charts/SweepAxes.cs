using System.Text.Json;
using System.Text.Json.Nodes;

namespace MathForML.Cells.Charts;

/// <summary>
/// Fixes the axes of a sweep's frames to one range that fits every frame. Left to plotly, each frame
/// would fit its own data and the axes would jump under the reader's eyes, hiding the change the
/// slider is there to show. A range a frame sets itself (<see cref="GenericChart.WithYRange"/>) wins;
/// 3-D frames are left to plotly. Frames with grid traces (heatmaps, contours) share one colour scale
/// instead, and keep the axes plotly fits to the grid.
/// </summary>
internal static class SweepAxes
{
    /// <summary>Plotly's own margin around data drawn with markers, as a fraction of the span.</summary>
    private const double Padding = 0.05;

    private static readonly JsonSerializerOptions Options = new() { Encoder = FigureJson.WriterOptions.Encoder };

    public static string[] Share(IReadOnlyList<string> figureJsons)
    {
        var figures = figureJsons.Select(json => JsonNode.Parse(json)!.AsObject()).ToArray();
        var traces = figures.SelectMany(Traces).ToArray();
        if (traces.Any(IsThreeDimensional)) return figureJsons.ToArray();

        var changed = false;
        var grids = traces.Where(t => Type(t) is "heatmap" or "contour").ToArray();
        var cartesian = traces.Where(t => Type(t) is "scatter" or "bar").ToArray();
        // A grid fixes the picture's extent itself, and ranges cut to its cell centres would halve its
        // edge cells; lines drawn over it that wander off need ranges the author sets.
        if (grids.Length > 0) cartesian = [];
        changed |= ShareAxis(figures, "xaxis", Extent(cartesian, "x"), Pad(cartesian, horizontal: true));
        changed |= ShareAxis(figures, "yaxis", Extent(cartesian, "y", includeZero: cartesian.Any(t => Type(t) == "bar")), Pad(cartesian, horizontal: false));
        changed |= ShareColourScale(grids);
        return changed ? figures.Select(f => f.ToJsonString(Options)).ToArray() : figureJsons.ToArray();
    }

    private static IEnumerable<JsonObject> Traces(JsonObject figure) =>
        figure["data"] is JsonArray data ? data.OfType<JsonObject>() : [];

    private static string Type(JsonObject trace) => trace["type"]?.GetValue<string>() ?? "scatter";

    private static bool IsThreeDimensional(JsonObject trace) => Type(trace) is "scatter3d" or "surface" or "mesh3d";

    private static (double Min, double Max)? Extent(IEnumerable<JsonObject> traces, string axis, bool includeZero = false)
    {
        var values = traces.SelectMany(t => Numbers(t[axis])).ToList();
        if (values.Count == 0) return null;
        if (includeZero) values.Add(0);
        return (values.Min(), values.Max());
    }

    // Lines end where their data ends, as plotly draws them; markers and bars need room around them.
    private static double Pad(IEnumerable<JsonObject> traces, bool horizontal) =>
        !horizontal || traces.Any(t => Type(t) == "bar" || (t["mode"]?.GetValue<string>() ?? "lines").Contains("markers", StringComparison.Ordinal))
            ? Padding : 0;

    private static bool ShareAxis(JsonObject[] figures, string axis, (double Min, double Max)? extent, double padding)
    {
        // A frame that fixes this axis itself keeps its choice, and so do the others.
        if (extent is not var (min, max) || figures.Any(f => f["layout"]?[axis]?["range"] is not null)) return false;
        var span = max - min;
        if (span == 0) span = Math.Max(Math.Abs(min), 1);
        var (low, high) = (min - padding * span, max + padding * span);
        foreach (var figure in figures)
        {
            var layout = figure["layout"] as JsonObject ?? (JsonObject)(figure["layout"] = new JsonObject());
            var axisObject = layout[axis] as JsonObject ?? (JsonObject)(layout[axis] = new JsonObject());
            axisObject["range"] = new JsonArray(low, high);
        }
        return true;
    }

    private static bool ShareColourScale(JsonObject[] grids)
    {
        if (grids.Length < 2 || grids.Any(g => g["zmin"] is not null || g["zmax"] is not null)) return false;
        var values = grids.SelectMany(g => g["z"] is JsonArray rows ? rows.SelectMany(Numbers) : []).ToList();
        if (values.Count == 0) return false;
        var (min, max) = (values.Min(), values.Max());
        foreach (var grid in grids)
        {
            grid["zmin"] = min;
            grid["zmax"] = max;
        }
        return true;
    }

    // Numbers only: category labels (bars) have no range to share, and null is a gap.
    private static IEnumerable<double> Numbers(JsonNode? node) =>
        node is JsonArray array
            ? array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.Number).Select(v => v.GetValue<double>())
            : [];
}
