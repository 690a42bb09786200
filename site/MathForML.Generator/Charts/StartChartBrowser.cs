using MathForML.Generator.Browser;
using MathForML.Generator.CellExecution;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Charts;

/// <summary>
/// When every chart of this build will have to be drawn (no image kept yet, or <c>--no-cache</c>)
/// and the cells that run draw charts, starts chromium and loads plotly.js while the cells run, so
/// <see cref="ExportCharts"/> finds the page ready: about two seconds (Playwright's driver,
/// chromium, plotly.js) taken off the end of a first build. A build whose images are cached starts
/// no browser here: most of its charts come from the cache, and an edited one is drawn in a browser
/// started on demand. Only a hint: a wrong guess costs an idle browser or a later start.
/// </summary>
public sealed class StartChartBrowser(Handoff<ExecuteCells.Running> cells) : IBuildStage
{
    public string Name => "Start chart browser";

    public Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        if (course.HasErrors || cells.Started is not { } runs) return Task.FromResult(course);
        if (options.UseCache && !new ChartImageCache(context.Settings.CacheDirectory).IsEmpty) return Task.FromResult(course);
        // Cells make charts through the Chart API; lessons that never name it draw none.
        if (!runs.Executing.Any(lesson => lesson.Cells.Any(c => c.Flags.Run && c.Code.Contains("Chart", StringComparison.Ordinal))))
            return Task.FromResult(course);
        if (BuildBrowser.Of(context).Unavailable is not null) return Task.FromResult(course); // ExportCharts says why, once
        // Most courses draw only 2-D charts; a 3-D one opens the full build's page when it comes.
        // Export charts finds the browser's page ready; a build that ends first lets it finish starting (it never throws).
        context.WaitBeforeEnding(Task.Run(() => BuildBrowser.Of(context).WarmUpChartsAsync(PlotlyBundle.Cartesian, context.Stopping), CancellationToken.None));
        return Task.FromResult(course);
    }
}
