namespace MathForML.Generator.Model;

/// <summary>A file of the built site: its path relative to the output root (forward slashes) and its bytes.</summary>
public sealed record SiteFile(string Path, byte[] Content)
{
    public static SiteFile Text(string path, string content) => new(path, System.Text.Encoding.UTF8.GetBytes(content));
}
