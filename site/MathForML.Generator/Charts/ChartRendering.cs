using System.Collections.Immutable;
using MathForML.Generator.Model;

namespace MathForML.Generator.Charts;

/// <summary>
/// How a page shows its charts. On the site they are interactive: a placeholder that charts.js
/// fills with plotly.js, holding the chart's static image (lazy-loaded) until then. In the print
/// edition they are only their images, loaded at once, with no figure data for a script.
/// </summary>
public sealed record ChartRendering(IReadOnlyDictionary<string, ChartImage> Images, bool Interactive)
{
    public static readonly ChartRendering InteractiveWithoutImages = new(ImmutableDictionary<string, ChartImage>.Empty, Interactive: true);

    public ChartImage? ImageOf(string figureJson) => Images.GetValueOrDefault(figureJson);
}
