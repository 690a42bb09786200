namespace MathForML.Generator.Model;

/// <summary>A chart's drawing size in CSS pixels.</summary>
public readonly record struct ChartSize(int Width, int Height);
