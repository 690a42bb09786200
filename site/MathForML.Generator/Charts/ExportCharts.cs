using System.Collections.Immutable;
using System.Text;
using MathForML.Cells.Outputs;
using MathForML.Generator.Browser;
using MathForML.Generator.Model;
using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Charts;

/// <summary>
/// Draws every chart of the course as a static SVG image (<c>charts/KEY.svg</c>) with plotly.js in
/// headless chromium, so a page shows its charts without JavaScript and prints them, and the print
/// edition and the PDF have them. Images are cached by the figure's hash; a chart chromium cannot
/// draw (a 3-D surface without a GPU, say) is a warning at its cell and has no image; without
/// chromium no chart has one, and the build says so once.
/// </summary>
public sealed class ExportCharts : IBuildStage
{
    public string Name => "Export charts";

    public async Task<Course> RunAsync(Course course, BuildContext context, CancellationToken cancellationToken)
    {
        if (course.HasErrors) return course;
        var charts = Collect(course).GroupBy(c => c.FigureJson, StringComparer.Ordinal).ToList();
        if (charts.Count == 0) return course;

        var plotlyVersions = PlotlyBundle.All.ToDictionary(b => b, b => StaticChart.PlotlyVersion(context.Tools.NodeModules, b));
        var cache = new ChartImageCache(context.Settings.CacheDirectory);
        var images = ImmutableDictionary.CreateBuilder<string, ChartImage>(StringComparer.Ordinal);
        var files = new List<SiteFile>();
        var diagnostics = new List<Diagnostic>();
        int drawn = 0, cached = 0, failed = 0, withoutBrowser = 0;
        var browserUsable = true;

        foreach (var chart in charts)
        {
            var figure = chart.Key;
            var size = StaticChart.SizeOf(figure);
            var bundle = PlotlyBundle.For([figure]);
            var key = StaticChart.Key(figure, size, plotlyVersions[bundle]);
            byte[]? svg = null;
            string? failure = null;
            if (context.Options.UseCache)
            {
                if (cache.TryGetSvg(key, out var hit)) (svg, cached) = (hit, cached + 1);
                else failure = cache.Failure(key);
            }
            if (svg is null && failure is null)
            {
                browserUsable = browserUsable && BuildBrowser.Available(context);
                if (browserUsable)
                {
                    try
                    {
                        svg = Encoding.UTF8.GetBytes(await BuildBrowser.Of(context).ExportChartSvgAsync(figure, size, bundle, cancellationToken));
                        cache.PutSvg(key, svg);
                        drawn++;
                    }
                    catch (BrowserExportException e)
                    {
                        failure = e.Message;
                        cache.PutFailure(key, failure);
                    }
                    catch (BrowserUnavailableException)
                    {
                        browserUsable = BuildBrowser.Available(context); // logs why, once
                    }
                }
                if (svg is null && failure is null) withoutBrowser++;
            }

            if (failure is not null)
            {
                failed++;
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ChartNotExported, chart.First().At,
                    $"chart has no static image (it prints as its data, and needs JavaScript to show): {failure}"));
            }
            if (svg is not null)
            {
                var path = $"charts/{key}.svg";
                files.Add(new SiteFile(path, svg));
                images[figure] = new ChartImage(path, size.Width, size.Height);
            }
        }

        var line = new StringBuilder($"Exported {images.Count} of {charts.Count} charts to SVG ({drawn} drawn by chromium, {cached} from the cache");
        if (failed > 0) line.Append($", {failed} could not be drawn");
        if (withoutBrowser > 0) line.Append($", {withoutBrowser} not drawn without a browser");
        context.Log.Info(line.Append(')').ToString());
        return course.WithFiles(files).WithDiagnostics(diagnostics) with { ChartImages = images.ToImmutable() };
    }

    /// <summary>Every chart a cell showed, in course order, with the cell it came from.</summary>
    private static IEnumerable<(string FigureJson, SourceLocation At)> Collect(Course course)
    {
        foreach (var doc in course.Documents)
        {
            foreach (var cell in doc.Cells)
            {
                if (!doc.Results.TryGetValue(cell.Index, out var result)) continue;
                foreach (var chart in result.Outputs.OfType<ChartOutput>())
                    yield return (chart.FigureJson, cell.FenceLocation);
            }
        }
    }
}
