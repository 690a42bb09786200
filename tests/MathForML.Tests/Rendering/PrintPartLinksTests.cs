using MathForML.Generator.Model;
using MathForML.Generator.Rendering;

namespace MathForML.Tests.Rendering;

public class PrintPartLinksTests
{
    private static PrintPart Part(string name, string body) => new(name, $"<html><body><main>{body}</main></body></html>");

    [Fact]
    public void A_link_to_another_part_points_at_the_cross_part_prefix_and_a_link_within_the_part_stays()
    {
        var parts = PrintPartLinks.Connect(
            [Part("a", "<h1 id=\"a\">A</h1><a href=\"#b-summary\">B</a><a href=\"#a\">top</a>"), Part("b", "<h2 id=\"b-summary\">S</h2>")],
            bookmarkTargets: []);
        Assert.Contains($"href=\"{PrintEdition.CrossPartLinkPrefix}b-summary\"", parts[0].Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#a\">top</a>", parts[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_part_lists_the_ids_other_parts_and_bookmarks_point_at_so_chromium_names_them()
    {
        var parts = PrintPartLinks.Connect(
            [Part("a", "<h1 id=\"a\">A</h1><a href=\"#b-summary\">B</a>"), Part("b", "<h1 id=\"b\">B</h1><h2 id=\"b-summary\">S</h2><h2 id=\"b-other\">O</h2>")],
            bookmarkTargets: ["a", "b"]);
        Assert.Contains("<nav class=\"print-destinations\" hidden><a href=\"#a\"></a></nav>\n</main>", parts[0].Html, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"print-destinations\" hidden><a href=\"#b\"></a><a href=\"#b-summary\"></a></nav>", parts[1].Html, StringComparison.Ordinal);
        Assert.DoesNotContain("#b-other", parts[1].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_outside_ascii_are_spelled_in_ascii_in_ids_links_and_bookmarks_alike()
    {
        // Chromium names no place whose id has a character outside ASCII; links may spell it percent-encoded.
        var parts = PrintPartLinks.Connect(
            [Part("a", "<a href=\"#b-the-%CE%BA-speed-up\">κ</a>"), Part("b", "<h2 id=\"b-the-κ-speed-up\">The κ speed-up</h2><a href=\"#b-the-κ-speed-up\">here</a>")],
            bookmarkTargets: ["b-the-κ-speed-up"]);
        var name = PrintPartLinks.PlaceName("b-the-κ-speed-up");
        Assert.Equal("b-the-_ce_ba-speed-up", name);
        Assert.Contains($"href=\"{PrintEdition.CrossPartLinkPrefix}{name}\"", parts[0].Html, StringComparison.Ordinal);
        Assert.Contains($"<h2 id=\"{name}\">", parts[1].Html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#{name}\">here</a>", parts[1].Html, StringComparison.Ordinal);
        Assert.Contains($"<nav class=\"print-destinations\" hidden><a href=\"#{name}\"></a></nav>", parts[1].Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("02-matrix-decompositions", "02-matrix-decompositions")]
    [InlineData("a_b", "a_5fb")]            // the escape character is escaped, so no two ids meet
    [InlineData("a_5fb", "a_5f5fb")]
    [InlineData("aᵀa", "a_e1_b5_80a")]
    public void A_place_name_is_the_id_when_it_is_plain_and_its_utf8_bytes_otherwise(string id, string name) =>
        Assert.Equal(name, PrintPartLinks.PlaceName(id));
}
