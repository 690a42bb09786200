using System.Security.Cryptography;
using System.Text;
using MathForML.Cells.Charts;
using MathForML.Execution.Storage;

namespace MathForML.Generator.Charts;

/// <summary>
/// Charts' words and data tables kept between builds (<c>.cache/chart-text-VERSION.bin</c>), keyed by
/// the SHA-256 of the figure JSON: reading the full course's 174 figures into words and tables took
/// about a second of a prose edit's two. VERSION names the assemblies that write the texts, so a
/// changed describer starts afresh. Entries no build asked for are dropped when it saves.
/// </summary>
public sealed class ChartTextCache
{
    private static readonly byte[] Magic = "MFML-chart-text-1\n"u8.ToArray();

    private readonly string? _path;
    private readonly Dictionary<string, ChartTextEntry> _entries;
    private readonly HashSet<string> _used = [];
    private bool _changed;

    private ChartTextCache(string? path, Dictionary<string, ChartTextEntry> entries)
    {
        _path = path;
        _entries = entries;
    }

    /// <summary>A cache that remembers nothing between builds (<c>--no-cache</c>).</summary>
    public static ChartTextCache None() => new(null, []);

    public static ChartTextCache Load(string cacheDirectory)
    {
        var version = Version(typeof(ChartDescription), typeof(ChartDataTable));
        var path = Path.Combine(cacheDirectory, $"chart-text-{version}.bin");
        var entries = new Dictionary<string, ChartTextEntry>(StringComparer.Ordinal);
        if (!File.Exists(path)) return new ChartTextCache(path, entries);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(File.ReadAllBytes(path)), Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic)) return new ChartTextCache(path, entries);
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var key = reader.ReadString();
                entries[key] = ReadEntry(reader);
            }
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
        {
            entries.Clear(); // a damaged cache is an empty one
        }
        return new ChartTextCache(path, entries);
    }

    /// <summary>
    /// The figure's words and table: from the cache, else <paramref name="known"/> (what this process
    /// read before, in a rebuild of <c>serve</c>), else read from its JSON now.
    /// </summary>
    public ChartTextEntry Describe(string figureJson, ChartTextEntry? known = null)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(figureJson)));
        lock (_entries)
        {
            _used.Add(key);
            if (_entries.TryGetValue(key, out var cached)) return cached;
        }
        var entry = known ?? Read(figureJson);
        lock (_entries)
        {
            _entries[key] = entry;
            _changed = true;
        }
        return entry;
    }

    /// <summary>The figure's words and table, read from its JSON (no cache).</summary>
    public static ChartTextEntry Read(string figureJson)
    {
        var summary = ChartDescription.Summarize(figureJson);
        return new ChartTextEntry(summary, ChartDataTable.Render(figureJson, summary.XAxisTitle, summary.YAxisTitle));
    }

    /// <summary>Saves the entries this build asked for.</summary>
    public void Save()
    {
        if (_path is null) return;
        lock (_entries)
        {
            if (!_changed && _used.Count == _entries.Count) return;
            using var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                var kept = _entries.Where(e => _used.Contains(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
                writer.Write(kept.Count);
                foreach (var (key, entry) in kept)
                {
                    writer.Write(key);
                    WriteEntry(writer, entry);
                }
            }
            AtomicFile.WriteAllBytes(_path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
    }

    private static string Version(params Type[] writers) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", writers.Select(t => t.Assembly.ManifestModule.ModuleVersionId)))))[..12];

    private static ChartTextEntry ReadEntry(BinaryReader reader)
    {
        var title = ReadOptional(reader);
        var x = ReadOptional(reader);
        var y = ReadOptional(reader);
        var traces = new TraceSummary[reader.ReadInt32()];
        for (var i = 0; i < traces.Length; i++)
            traces[i] = new TraceSummary(reader.ReadString(), ReadOptional(reader), reader.ReadInt32(), reader.ReadString());
        return new ChartTextEntry(new FigureSummary(title, x, y, traces), reader.ReadString());
    }

    private static void WriteEntry(BinaryWriter writer, ChartTextEntry entry)
    {
        var summary = entry.Summary;
        WriteOptional(writer, summary.Title);
        WriteOptional(writer, summary.XAxisTitle);
        WriteOptional(writer, summary.YAxisTitle);
        writer.Write(summary.Traces.Count);
        foreach (var trace in summary.Traces)
        {
            writer.Write(trace.Kind);
            WriteOptional(writer, trace.Name);
            writer.Write(trace.Count);
            writer.Write(trace.Text);
        }
        writer.Write(entry.Table);
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }
}

/// <summary>A chart in words (<see cref="FigureSummary"/>) and its data as an HTML table.</summary>
public sealed record ChartTextEntry(FigureSummary Summary, string Table);
