namespace MathForML.Generator.Model;

/// <summary>
/// Settings of the whole site (from <c>mathforml.yml</c> or defaults). <paramref name="BaseUrl"/> is
/// where the site is published (absolute links: canonical, social cards, <c>sitemap.xml</c>);
/// <paramref name="Audience"/> is the home page's "who it is for".
/// </summary>
public sealed record SiteInfo(string Title, string Description, string? RepositoryUrl, string? BaseUrl = null, string? Audience = null);
