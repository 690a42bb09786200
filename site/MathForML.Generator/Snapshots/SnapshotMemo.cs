using System.Security.Cryptography;
using System.Text;
using MathForML.Execution.Storage;
using MathForML.Generator.Model;

namespace MathForML.Generator.Snapshots;

/// <summary>
/// Which outputs each lesson's snapshot text was last made from, and that text's hash
/// (<c>.cache/snapshot-texts.txt</c>). Outputs are named by their cell cache keys (equal keys, equal
/// outputs), so a build whose outputs are the ones named need not write them out as text again to
/// compare them: the verified file's hash is compared with the text's. Writing the full course's
/// outputs as text took a quarter of a prose edit's two seconds; reading 25 verified files and
/// hashing them takes milliseconds. A lesson whose outputs differ from the ones named is written
/// out and compared in full, as before.
/// </summary>
public sealed class SnapshotMemo
{
    private readonly string? _path;
    private readonly Dictionary<string, (string Outputs, string TextHash)> _lessons;
    private bool _changed;

    private SnapshotMemo(string? path, Dictionary<string, (string, string)> lessons)
    {
        _path = path;
        _lessons = lessons;
    }

    /// <summary>A memo that remembers nothing between builds (<c>--no-cache</c>).</summary>
    public static SnapshotMemo None() => new(null, []);

    public static SnapshotMemo Load(string cacheDirectory)
    {
        var path = Path.Combine(cacheDirectory, "snapshot-texts.txt");
        var lessons = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path))
            {
                foreach (var line in File.ReadAllLines(path))
                {
                    // name, outputs' key, text's hash: a damaged line is skipped (that lesson is written out).
                    var fields = line.Split('\t');
                    if (fields.Length == 3) lessons[fields[0]] = (fields[1], fields[2]);
                }
            }
        }
        catch (IOException)
        {
            lessons.Clear();
        }
        return new SnapshotMemo(path, lessons);
    }

    /// <summary>
    /// What names the lesson's snapshot text: its path, each run cell's number and its outputs' cache
    /// key, and the writer's assembly. Null when an output has no key.
    /// </summary>
    public static string? OutputsKey(Document lesson)
    {
        var text = new StringBuilder(typeof(SnapshotFormat).Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n').Append(lesson.SourcePath).Append('\n');
        foreach (var cell in lesson.Cells.Where(c => c.Flags.Run))
        {
            if (!lesson.Results.TryGetValue(cell.Index, out var result)) text.Append(cell.Index).Append(":not run\n");
            else if (result.CacheKey is null) return null;
            else text.Append(cell.Index).Append(':').Append(result.CacheKey).Append('\n');
        }
        return TextHash(text.ToString());
    }

    public static string TextHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The hash of the text the lesson's outputs made when they were last written out, if these are those outputs.</summary>
    public string? KnownTextHash(string name, string? outputsKey)
    {
        if (outputsKey is null) return null;
        lock (_lessons) return _lessons.TryGetValue(name, out var known) && known.Outputs == outputsKey ? known.TextHash : null;
    }

    public void Record(string name, string? outputsKey, string textHash)
    {
        if (outputsKey is null) return;
        lock (_lessons)
        {
            if (_lessons.TryGetValue(name, out var known) && known == (outputsKey, textHash)) return;
            _lessons[name] = (outputsKey, textHash);
            _changed = true;
        }
    }

    public void Save()
    {
        if (_path is null || !_changed) return;
        lock (_lessons)
        {
            var lines = _lessons.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}\t{l.Value.Outputs}\t{l.Value.TextHash}\n");
            AtomicFile.WriteAllText(_path, string.Concat(lines));
        }
    }
}
