namespace MathForML.Generator.Snapshots;

public enum SnapshotStatus { Matched, Missing, Changed }

/// <summary>A snapshot <c>accept</c> promoted: whether it is new, its diff against the old one, and a summary by cell.</summary>
public sealed record AcceptedSnapshot(string Name, bool IsNew, string Diff, SnapshotSummary Summary);

/// <summary>The outcome of comparing a lesson's outputs with its verified snapshot.</summary>
public sealed record SnapshotComparison(string Name, SnapshotStatus Status, string? Diff)
{
    /// <summary>Which cells changed, when the snapshot changed.</summary>
    public SnapshotSummary? Summary { get; init; }
}

/// <summary>
/// Verified snapshots with Verify's conventions: <c>NAME.verified.txt</c> is reviewed and committed;
/// a differing run writes <c>NAME.received.txt</c> beside it (ignored by git), and accepting
/// promotes received to verified. Files are always written with LF endings.
/// </summary>
public sealed class SnapshotStore(string directory)
{
    public string Directory { get; } = directory;

    public string VerifiedPath(string name) => Path.Combine(Directory, name + ".verified.txt");

    public string ReceivedPath(string name) => Path.Combine(Directory, name + ".received.txt");

    /// <summary>Compares; on a difference writes the received file, on a match removes a stale one.</summary>
    public SnapshotComparison Compare(string name, string received)
    {
        received = Normalize(received);
        var verifiedPath = VerifiedPath(name);
        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == received)
        {
            File.Delete(ReceivedPath(name));
            return new SnapshotComparison(name, SnapshotStatus.Matched, null);
        }
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(ReceivedPath(name), received);
        return verified is null
            ? new SnapshotComparison(name, SnapshotStatus.Missing, null)
            : new SnapshotComparison(name, SnapshotStatus.Changed, SnapshotDiff.Unified(verified, received)) { Summary = SnapshotSummary.Of(verified, received) };
    }

    /// <summary>
    /// Whether the verified snapshot is the text whose hash (<see cref="SnapshotMemo.TextHash"/>) is
    /// given; if so, removes a stale received file, as a match in <see cref="Compare"/> does.
    /// </summary>
    public bool VerifiedHashIs(string name, string textHash)
    {
        var verifiedPath = VerifiedPath(name);
        if (!File.Exists(verifiedPath) || SnapshotMemo.TextHash(Normalize(File.ReadAllText(verifiedPath))) != textHash) return false;
        File.Delete(ReceivedPath(name));
        return true;
    }

    /// <summary>Writes outputs straight to the verified file (build --accept).</summary>
    public void WriteVerified(string name, string text)
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(VerifiedPath(name), Normalize(text));
        File.Delete(ReceivedPath(name));
    }

    /// <summary>Names with a received file waiting to be accepted.</summary>
    public IReadOnlyList<string> Pending() =>
        !System.IO.Directory.Exists(Directory) ? [] :
        [.. System.IO.Directory.EnumerateFiles(Directory, "*.received.txt")
            .Select(p => Path.GetFileName(p)[..^".received.txt".Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>Promotes NAME.received.txt to NAME.verified.txt; returns what it accepted (null if nothing was pending).</summary>
    public AcceptedSnapshot? Accept(string name)
    {
        var receivedPath = ReceivedPath(name);
        if (!File.Exists(receivedPath)) return null;
        var received = Normalize(File.ReadAllText(receivedPath));
        var verifiedPath = VerifiedPath(name);
        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        File.Move(receivedPath, verifiedPath, overwrite: true);
        return verified is null
            ? new AcceptedSnapshot(name, IsNew: true, "", SnapshotSummary.Of(null, received))
            : new AcceptedSnapshot(name, IsNew: false, SnapshotDiff.Unified(verified, received), SnapshotSummary.Of(verified, received));
    }

    public static string Normalize(string text) => text.Replace("\r\n", "\n");
}
