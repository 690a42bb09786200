namespace MathForML.Generator.Model;

/// <summary>
/// Site-relative URLs of the fingerprinted assets (e.g. <c>assets/site.3fa2c1d0.css</c>). Every page
/// sits at the site root, so these are valid as written from any page and from <c>file://</c>.
/// </summary>
public sealed record AssetUrls(
    string SiteCss,
    string SiteJs,
    string SearchJs,
    string MiniSearchJs,
    string SearchIndexJs,
    string MathCss,
    string MathFont,
    string ChartsJs,
    string PlotlyCartesianJs,
    string PlotlyFullJs)
{
    /// <summary>Both plotly.js builds: the site keeps only those its pages load.</summary>
    public IEnumerable<string> PlotlyBuilds => [PlotlyCartesianJs, PlotlyFullJs];
}
