using MathForML.Generator.Markdown.Cells;
using MathForML.Generator.Model;

namespace MathForML.Tests.Markdown;

public class CellInfoTests
{
    [Theory]
    [InlineData("", false, false, false, 30)]
    [InlineData("run", true, false, false, 30)]
    [InlineData("run hide", true, true, false, 30)]
    [InlineData("run throws", true, false, true, 30)]
    [InlineData("run hide timeout=120", true, true, false, 120)]
    [InlineData("run  timeout=2.5", true, false, false, 2.5)]
    public void Parses_flags(string arguments, bool run, bool hide, bool throws, double seconds)
    {
        var flags = CellInfo.Parse(arguments, out var problems);
        Assert.Empty(problems);
        Assert.Equal(new CellFlags(run, hide, throws, TimeSpan.FromSeconds(seconds)), flags);
    }

    [Fact]
    public void Unknown_flag_is_reported_at_its_offset()
    {
        CellInfo.Parse("run hid", out var problems);
        var (offset, code, message) = Assert.Single(problems);
        Assert.Equal(4, offset);
        Assert.Equal(DiagnosticCodes.UnknownCellFlag, code);
        Assert.Contains("'hid'", message);
    }

    [Theory]
    [InlineData("run timeout=abc")]
    [InlineData("run timeout=0")]
    [InlineData("run timeout=-5")]
    public void Invalid_timeout_is_reported(string arguments)
    {
        CellInfo.Parse(arguments, out var problems);
        Assert.Equal(DiagnosticCodes.InvalidTimeout, Assert.Single(problems).Code);
    }

    [Fact]
    public void Hide_without_run_is_reported()
    {
        CellInfo.Parse("hide", out var problems);
        Assert.Contains(problems, p => p.Code == DiagnosticCodes.UnknownCellFlag && p.Message.Contains("add 'run'"));
    }

    [Theory]
    [InlineData("csharp", true)]
    [InlineData("cs", true)]
    [InlineData("C#", true)]
    [InlineData("python", false)]
    [InlineData(null, false)]
    public void Recognises_csharp_info_strings(string? info, bool expected) => Assert.Equal(expected, CellInfo.IsCSharp(info));
}
