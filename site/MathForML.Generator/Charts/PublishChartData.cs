using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Charts;

/// <summary>
/// Every chart's figure and frames as <c>charts/KEY.js</c> (<see cref="ChartDataFile"/>), which the
/// pages name and charts.js loads when a chart nears the screen. The print edition draws images and
/// needs none of them.
/// </summary>
public sealed class PublishChartData : IBuildStage
{
    public string Name => "Publish chart data";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        if (course.HasErrors) return Task.FromResult(course);
        var files = course.Charts
            .Select(ChartDataFile.Of)
            .DistinctBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(files.Count == 0 ? course : course.WithFiles(files));
    }
}
