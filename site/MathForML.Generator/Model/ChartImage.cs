namespace MathForML.Generator.Model;

/// <summary>
/// A chart's static SVG image in the built site (<c>charts/KEY.svg</c>) and the size it was drawn
/// at, which the page writes as the image's width and height so nothing moves when it loads.
/// </summary>
public sealed record ChartImage(string Path, int Width, int Height);
