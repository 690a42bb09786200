using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MathForML.Generator.Snapshots;

/// <summary>
/// A long number array in one line of a snapshot: <c>[200 numbers from -3 to 3, #1f0c9a2e]</c>, or
/// <c>[32×32 numbers …]</c> for rows of a grid. The count and range say what a reviewer needs to
/// judge a change; the hash of the exact text makes any changed value change the line.
/// </summary>
internal static class ArraySummary
{
    /// <summary>Null when the array is short, or is not numbers (or rows of numbers), and is written in full.</summary>
    public static string? Of(JsonElement array, int listedNumbers)
    {
        var items = array.EnumerateArray().ToArray();
        string shape;
        List<double> numbers;
        if (items.All(IsNumberOrNull))
        {
            shape = items.Length.ToString(CultureInfo.InvariantCulture);
            numbers = Numbers(items);
        }
        else if (items.Length > 0 && items.All(row => row.ValueKind == JsonValueKind.Array && row.EnumerateArray().All(IsNumberOrNull)))
        {
            var widths = items.Select(row => row.GetArrayLength()).Distinct().ToArray();
            shape = items.Length.ToString(CultureInfo.InvariantCulture) + "×" + (widths.Length == 1 ? widths[0].ToString(CultureInfo.InvariantCulture) : "ragged");
            numbers = items.SelectMany(row => Numbers(row.EnumerateArray())).ToList();
        }
        else return null;

        var count = items.Sum(item => item.ValueKind == JsonValueKind.Array ? item.GetArrayLength() : 1);
        if (count <= listedNumbers) return null;
        var range = numbers.Count == 0 ? "all null"
            : string.Create(CultureInfo.InvariantCulture, $"from {numbers.Min():R} to {numbers.Max():R}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(array.GetRawText())))[..8];
        return $"[{shape} numbers {range}, #{hash}]";
    }

    private static bool IsNumberOrNull(JsonElement e) => e.ValueKind is JsonValueKind.Number or JsonValueKind.Null;

    private static List<double> Numbers(IEnumerable<JsonElement> items) =>
        items.Where(e => e.ValueKind == JsonValueKind.Number).Select(e => e.GetDouble()).ToList();
}
