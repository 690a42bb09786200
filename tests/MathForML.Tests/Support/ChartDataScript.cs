using System.Text.Json;

namespace MathForML.Tests.Support;

/// <summary>Reads a chart's data script (<c>charts/KEY.js</c>) as charts.js would find it: the JSON it stores under its key.</summary>
internal static class ChartDataScript
{
    public static (string Key, JsonElement Data) Parse(string script)
    {
        const string Store = "(self.MathForMLChartData=self.MathForMLChartData||{})[\"";
        Assert.StartsWith(Store, script, StringComparison.Ordinal);
        var keyEnd = script.IndexOf("\"]=", Store.Length, StringComparison.Ordinal);
        var key = script[Store.Length..keyEnd];
        Assert.EndsWith(";\n", script, StringComparison.Ordinal);
        var json = script[(keyEnd + 3)..^2];
        return (key, JsonDocument.Parse(json).RootElement.Clone());
    }
}
