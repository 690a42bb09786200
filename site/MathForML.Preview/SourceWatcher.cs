namespace MathForML.Preview;

/// <summary>Which kind of source a change is in; each needs different work before the rebuild.</summary>
public enum SourceKind { Lessons, Examples, Theme }

public sealed record SourceChange(SourceKind Kind, string Path);

/// <summary>
/// Watches the lessons, the examples library and the theme, and reports changes in batches once
/// the files have been quiet for a moment: editors save in several writes (a temp file, a rename,
/// a touch), and one rebuild per save is what we want. Build products and editor litter
/// (output/, .cache/, bin/, obj/, swap and backup files) are ignored, so a build never triggers itself.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private static readonly HashSet<string> IgnoredFolders = new(StringComparer.OrdinalIgnoreCase) { "output", ".cache", "bin", "obj", "node_modules", ".git" };

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action<IReadOnlyList<SourceChange>> _onChanges;
    private readonly TimeSpan _quiet;
    private readonly Timer _timer;
    private readonly object _gate = new();
    private readonly Dictionary<string, SourceChange> _pending = new(StringComparer.Ordinal);

    public SourceWatcher(IEnumerable<(SourceKind Kind, string Folder)> folders, TimeSpan quiet, Action<IReadOnlyList<SourceChange>> onChanges)
    {
        _quiet = quiet;
        _onChanges = onChanges;
        _timer = new Timer(_ => Flush());
        foreach (var (kind, folder) in folders)
        {
            if (!Directory.Exists(folder)) continue;
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            var root = folder;
            watcher.Changed += (_, e) => Note(kind, root, e.FullPath);
            watcher.Created += (_, e) => Note(kind, root, e.FullPath);
            watcher.Deleted += (_, e) => Note(kind, root, e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Note(kind, root, e.OldFullPath);
                Note(kind, root, e.FullPath);
            };
            // Too many events at once (a branch switch): rebuild everything rather than miss one.
            watcher.Error += (_, _) => Note(kind, root, root);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Whether a change to this path can change the site.</summary>
    public static bool Matters(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        if (relative == ".") return true;
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (parts.Any(p => IgnoredFolders.Contains(p) || p.StartsWith('.'))) return false;
        var name = parts[^1];
        return !(name.EndsWith('~') || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.Contains("___jb_", StringComparison.Ordinal)
            || name == "4913"); // vim's probe file
    }

    private void Note(SourceKind kind, string root, string path)
    {
        if (!Matters(root, path)) return;
        lock (_gate)
        {
            _pending[path] = new SourceChange(kind, path);
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        List<SourceChange> batch;
        lock (_gate)
        {
            if (_pending.Count == 0) return;
            batch = [.. _pending.Values.OrderBy(c => c.Path, StringComparer.Ordinal)];
            _pending.Clear();
        }
        _onChanges(batch);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
