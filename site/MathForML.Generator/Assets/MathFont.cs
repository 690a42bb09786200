using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MathForML.Generator.Caching;
using MathForML.Generator.Model;
using MathForML.Generator.Settings;

namespace MathForML.Generator.Assets;

/// <summary>
/// The font the site's MathML is drawn with and the stylesheet that names it. MathML needs an
/// OpenType MATH font for stretchy brackets, radicals and big operators, and phones have none, so
/// the site brings STIX Two Math (<c>@fontsource/stix-two-math</c>), cut by <c>theme/math-font.js</c>
/// (HarfBuzz's subsetter, from npm) to the characters of the course's formulas: 394 KB whole, about
/// 50 KB cut, which a phone loads before the first formula shows. The cut is kept in
/// <c>.cache/math-font/</c> under the hash of those characters, so a build whose formulas use no new
/// character starts no Node process for it.
/// </summary>
public static partial class MathFont
{
    /// <summary>The family the stylesheet gives <c>math</c>; another name than the font's, so an installed STIX Two Math is not mistaken for the cut.</summary>
    public const string Family = "MathForML STIX Two Math";

    /// <summary>The characters of every formula of the course, in code point order: what the cut keeps.</summary>
    /// <remarks>
    /// Read from the UTF-8 the math cache holds, without making a string of each formula: a prose
    /// edit's build reads them all (3 MB at full size) and has about two seconds.
    /// </remarks>
    public static string CharactersOf(IEnumerable<Document> documents)
    {
        var seen = new SortedSet<int>();
        foreach (var doc in documents)
        foreach (var formula in doc.MathHtml.Formulas)
            AddText(formula.Utf8, seen);
        var sb = new StringBuilder();
        foreach (var codePoint in seen) sb.Append(char.ConvertFromUtf32(codePoint));
        return sb.ToString();
    }

    /// <summary>The characters of the text between the tags, with the entities Temml and KaTeX write decoded.</summary>
    private static void AddText(ReadOnlySpan<byte> html, SortedSet<int> seen)
    {
        var inTag = false;
        while (!html.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(html, out var rune, out var length) != System.Buffers.OperationStatus.Done) length = 1;
            else if (inTag) inTag = rune.Value != '>';
            else if (rune.Value == '<') inTag = true;
            else if (rune.Value == '&' && Entity(html, out var value, out var entityLength))
            {
                seen.Add(value);
                length = entityLength;
            }
            else seen.Add(rune.Value);
            html = html[length..];
        }
    }

    private static bool Entity(ReadOnlySpan<byte> html, out int value, out int length)
    {
        value = 0;
        length = html.IndexOf((byte)';') + 1;
        if (length is < 3 or > 12) return false;
        var entity = Encoding.ASCII.GetString(html[..length]);
        var decoded = WebUtility.HtmlDecode(entity);
        if (decoded.Length == 0 || decoded == entity) return false; // not an entity: read as text
        value = char.ConvertToUtf32(decoded, 0);
        return true;
    }

    /// <summary>The cut font (woff2) for these characters, from the cache or made now.</summary>
    public static async Task<byte[]> SubsetAsync(string characters, ToolPaths tools, string cacheDirectory, bool useCache, CancellationToken cancellationToken)
    {
        var script = Path.Combine(tools.ThemeDirectory, "math-font.js");
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            characters + "\n" + FrontEndPackages.Version(tools.NodeModules, "@fontsource/stix-two-math") + "\n" + FrontEndPackages.Version(tools.NodeModules, "subset-font") + "\n" + File.ReadAllText(script))))[..16];
        var folder = Path.Combine(cacheDirectory, "math-font");
        var file = Path.Combine(folder, key + ".woff2");
        if (useCache && CacheFolder.TryRead(file) is { Length: > 0 } cached) return cached;

        using var node = NodeScript.Start(script, tools.NodeModules ?? "node_modules", "cut the math font");
        var stderr = node.StandardError.ReadToEndAsync(cancellationToken);
        using var font = new MemoryStream();
        var stdout = node.StandardOutput.BaseStream.CopyToAsync(font, cancellationToken);
        await node.StandardInput.WriteAsync(characters.AsMemory(), cancellationToken);
        node.StandardInput.Close();
        await stdout;
        await node.WaitForExitAsync(cancellationToken);
        if (node.ExitCode != 0 || font.Length == 0)
            throw new InvalidOperationException("the math font could not be made: " + (await stderr).Trim());
        var bytes = font.ToArray();
        Directory.CreateDirectory(folder);
        CacheFolder.DeleteUnused(folder, name => name == key + ".woff2");
        CacheFolder.TryWrite(file, bytes);
        return bytes;
    }

    /// <summary>
    /// Temml's stylesheet for STIX Two (its fixes for Chromium and WebKit), with its <c>@font-face</c>
    /// pointing at the cut font, which sits beside it in <c>assets/</c>.
    /// </summary>
    public static string Stylesheet(string temmlCss, string fontFileName)
    {
        var fontFace = FontFace().Match(temmlCss);
        if (!fontFace.Success || !temmlCss.Contains("font-family: STIX2, math;", StringComparison.Ordinal))
            throw new InvalidOperationException("Temml's Temml-STIX2.css no longer has the @font-face and font-family this build rewrites");
        return temmlCss
            .Replace(fontFace.Value, $"@font-face {{\n  font-family: \"{Family}\";\n  src: url('{fontFileName}') format('woff2');\n  font-display: block;\n}}", StringComparison.Ordinal)
            .Replace("font-family: STIX2, math;", $"font-family: \"{Family}\", math;", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"@font-face\s*\{[^}]*\}")]
    private static partial Regex FontFace();
}
