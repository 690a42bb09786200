using MathForML.Generator.Browser;

namespace MathForML.Tests.StaticExports;

public class ChromiumLocatorTests
{
    private static string? Find(string? configured, Dictionary<string, string> environment, params string[] files) =>
        ChromiumLocator.Find(configured, name => environment.GetValueOrDefault(name), path => files.Contains(path));

    [Fact]
    public void Finds_debians_chromium() =>
        Assert.Equal("/usr/bin/chromium", Find(null, [], "/usr/bin/chromium", "/usr/bin/google-chrome"));

    [Fact]
    public void An_environment_variable_names_the_browser() =>
        Assert.Equal("/opt/chrome", Find(null, new() { ["CHROME_PATH"] = "/opt/chrome" }, "/usr/bin/chromium", "/opt/chrome"));

    [Fact]
    public void The_tests_variable_and_a_setting_come_first()
    {
        var environment = new Dictionary<string, string> { ["CHROME_PATH"] = "/opt/chrome", ["MATHFORML_CHROMIUM"] = "/opt/mine" };
        Assert.Equal("/opt/mine", Find(null, environment, "/opt/chrome", "/opt/mine"));
        Assert.Equal("/opt/set", Find("/opt/set", environment, "/opt/chrome", "/opt/mine", "/opt/set"));
    }

    [Fact]
    public void A_variable_that_names_nothing_means_no_browser_rather_than_another_one() =>
        Assert.Null(Find(null, new() { ["CHROME_PATH"] = "/nowhere" }, "/usr/bin/chromium"));

    [Fact]
    public void No_browser_anywhere() => Assert.Null(Find(null, []));
}
