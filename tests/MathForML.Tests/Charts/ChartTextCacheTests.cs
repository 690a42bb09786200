using MathForML.Generator.Charts;
using MathForML.Tests.Support;

namespace MathForML.Tests.Charts;

public class ChartTextCacheTests
{
    private const string Line = """{"data":[{"type":"scatter","mode":"lines","name":"loss","x":[0,1,2],"y":[3,1.5,0.5]}],"layout":{"title":{"text":"Training"},"xaxis":{"title":{"text":"step"}},"yaxis":{"title":{"text":"loss"}}}}""";
    private const string Bars = """{"data":[{"type":"bar","x":["a","b"],"y":[1,2]}],"layout":{}}""";

    [Fact]
    public void A_figure_described_once_is_read_back_by_the_next_build_as_it_was()
    {
        using var folder = new TempFolder();
        var first = ChartTextCache.Load(folder.Path);
        var described = first.Describe(Line);
        first.Describe(Bars);
        first.Save();
        Assert.Equal("Training", described.Summary.Title);
        Assert.Equal("step", described.Summary.XAxisTitle);
        Assert.Contains("<table", described.Table);

        // The next build finds it: what it would be given instead (a stand-in) is not used.
        var standIn = new ChartTextEntry(new MathForML.Cells.Charts.FigureSummary("other", null, null, []), "");
        var again = ChartTextCache.Load(folder.Path).Describe(Line, standIn);
        Assert.Equal(described.Summary.Title, again.Summary.Title);
        Assert.Equal(described.Summary.XAxisTitle, again.Summary.XAxisTitle);
        Assert.Equal(described.Summary.YAxisTitle, again.Summary.YAxisTitle);
        Assert.Equal(described.Summary.Traces, again.Summary.Traces);
        Assert.Equal(described.Table, again.Table);
    }

    [Fact]
    public void A_figure_no_build_asks_for_is_dropped_when_the_cache_is_saved()
    {
        using var folder = new TempFolder();
        var first = ChartTextCache.Load(folder.Path);
        first.Describe(Line);
        first.Describe(Bars);
        first.Save();
        var second = ChartTextCache.Load(folder.Path);
        second.Describe(Line);
        second.Save();

        var standIn = new ChartTextEntry(new MathForML.Cells.Charts.FigureSummary("stand-in", null, null, []), "");
        var third = ChartTextCache.Load(folder.Path);
        Assert.Equal("Training", third.Describe(Line, standIn).Summary.Title);
        Assert.Equal("stand-in", third.Describe(Bars, standIn).Summary.Title);
    }

    [Fact]
    public void A_damaged_file_is_an_empty_cache()
    {
        using var folder = new TempFolder();
        var first = ChartTextCache.Load(folder.Path);
        first.Describe(Line);
        first.Save();
        var file = Assert.Single(Directory.GetFiles(folder.Path, "chart-text-*.bin"));
        File.WriteAllBytes(file, File.ReadAllBytes(file)[..^5]);

        var standIn = new ChartTextEntry(new MathForML.Cells.Charts.FigureSummary("stand-in", null, null, []), "");
        Assert.Equal("stand-in", ChartTextCache.Load(folder.Path).Describe(Line, standIn).Summary.Title);
    }
}
