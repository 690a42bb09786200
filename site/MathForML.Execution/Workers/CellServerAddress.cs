using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MathForML.Execution.Workers;

/// <summary>
/// Where a cell server listens: a Unix socket in a folder of the user's own, named after the engine
/// it runs and where it is installed (so a server never runs cells for another version of the
/// generator or of examples/, nor for another clone),
/// its heap cap and its slot (one server per slot, as many slots as a build runs workers). Next to
/// the socket: a lock file the server holds while it lives and the log its stderr goes to.
/// </summary>
public sealed record CellServerAddress(string SocketPath)
{
    public string LockPath => SocketPath + ".lock";

    public string LogPath => SocketPath + ".log";

    /// <summary>Unix sockets' paths are limited to 107 bytes on Linux.</summary>
    public const int MaxSocketPath = 107;

    /// <summary>
    /// The address of a slot's server for an engine, installed at <paramref name="workerAssembly"/>:
    /// two clones of the repository never share a server (one of them may be deleted or rebuilt).
    /// </summary>
    public static CellServerAddress For(string directory, string engineFingerprint, string workerAssembly, long memoryLimitBytes, int slot)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(engineFingerprint + "\n" + Path.GetFullPath(workerAssembly))))[..16];
        return new(Path.Combine(directory, $"{key}-{(memoryLimitBytes >> 20).ToString(CultureInfo.InvariantCulture)}m-{slot.ToString(CultureInfo.InvariantCulture)}.sock"));
    }

    public bool IsUsable => Encoding.UTF8.GetByteCount(SocketPath) <= MaxSocketPath;

    /// <summary>The default folder: private to this user, in the temporary folder.</summary>
    public static string DefaultDirectory() =>
        Path.Combine(Path.GetTempPath(), "mathforml-cell-servers-" + Environment.UserName);
}
