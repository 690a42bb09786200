using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MathForML.Cells.Outputs;
using MathForML.Execution.Contract;
using MathForML.Execution.Storage;
using MathForML.Execution.Workers;

namespace MathForML.Execution.Cache;

/// <summary>
/// A content-addressed cache of cell outputs (<c>.cache/cells/</c>). A cell's key covers everything
/// that can change its outputs: its code and the code of every earlier cell of its lesson (the
/// session state it sees), its throws and answer flags, and the engine that runs it (<see cref="EngineFingerprint"/>:
/// this library, the cells library, the examples library and the packages they use). Prose and
/// line numbers are not in the key, so editing text re-executes nothing.
/// </summary>
public sealed class CellCache(string directory, string engineFingerprint)
{
    private sealed record Entry(IReadOnlyList<CellOutput> Outputs, double Milliseconds);

    /// <summary>The cache for a course, keyed to the engine that will run its cells (<see cref="ICellExecutor.EngineFingerprint"/>).</summary>
    public static CellCache For(string cacheDirectory, string engineFingerprint) => new(Path.Combine(cacheDirectory, "cells"), engineFingerprint);

    /// <summary>One key per run cell: each hashes the engine and all cells up to and including it.</summary>
    public IReadOnlyList<string> Keys(LessonRequest lesson)
    {
        var keys = new List<string>(lesson.Cells.Count);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(engineFingerprint + "\n"));
        foreach (var cell in lesson.Cells)
        {
            var answer = cell.Answer ? $" answer tolerance={cell.Tolerance?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "default"}" : "";
            hash.AppendData(Encoding.UTF8.GetBytes($"cell throws={cell.Throws}{answer} length={cell.Code.Length}\n{cell.Code}\n"));
            keys.Add(Convert.ToHexStringLower(hash.GetCurrentHash()));
        }
        return keys;
    }

    public CellRun? TryGet(string key, int index)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) return null;
        try
        {
            var entry = JsonSerializer.Deserialize<Entry>(File.ReadAllText(path), WorkerJson.Options);
            return entry is null ? null : new CellRun(index, entry.Outputs, TimeSpan.FromMilliseconds(entry.Milliseconds), FromCache: true);
        }
        catch (JsonException)
        {
            return null; // a damaged entry is just a miss
        }
    }

    public void Put(string key, CellRun result)
    {
        AtomicFile.WriteAllText(PathOf(key), JsonSerializer.Serialize(new Entry(result.Outputs, result.Duration.TotalMilliseconds), WorkerJson.Options));
    }

    private string PathOf(string key) => Path.Combine(directory, key[..2], key + ".json");
}
