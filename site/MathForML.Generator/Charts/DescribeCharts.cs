using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Charts;

/// <summary>
/// Every chart's words and data table (its text alternative), before the pages and the print
/// edition use them: from <c>.cache/</c> when the figure is unchanged, otherwise read from its JSON,
/// on all cores. A prose edit then reads no figure at all.
/// </summary>
public sealed class DescribeCharts : IBuildStage
{
    public string Name => "Describe charts";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        var figures = course.Charts
            .Select(chart => chart.FigureJson)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (figures.Count == 0) return Task.FromResult(course);
        var cache = context.Options.UseCache ? ChartTextCache.Load(context.Settings.CacheDirectory) : ChartTextCache.None();
        // A figure this process read before (a rebuild of serve) is not read again, only kept in the cache.
        Parallel.ForEach(figures, new ParallelOptions { CancellationToken = cancellationToken },
            figure => ChartText.Remember(figure, cache.Describe(figure, ChartText.Remembered(figure))));
        cache.Save();
        return Task.FromResult(course);
    }
}
