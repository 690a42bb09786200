namespace MathForML.Execution.Workers;

/// <summary>
/// Where a pool's cell servers live and how long one waits for the next build before it exits.
/// Ten minutes, like Roslyn's compiler server: long enough for an edit-build-look loop, short
/// enough that a forgotten server does not linger.
/// </summary>
public sealed record CellServerOptions(string Directory, TimeSpan IdleTimeout)
{
    public static CellServerOptions Default { get; } = new(CellServerAddress.DefaultDirectory(), TimeSpan.FromMinutes(10));
}
