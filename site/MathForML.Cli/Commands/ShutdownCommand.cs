using System.CommandLine;
using MathForML.Execution.Workers;

namespace MathForML.Cli.Commands;

/// <summary>
/// <c>shutdown</c>: stops the cell servers builds keep warm, as <c>dotnet build-server shutdown</c>
/// stops Roslyn's compiler server (to free their memory, or before deleting a clone).
/// </summary>
public static class ShutdownCommand
{
    public static Command Create()
    {
        var command = new Command("shutdown", """
            Stop the cell servers that builds keep warm for the next build (each also stops by itself after
            10 idle minutes). Builds afterwards start new ones.
            Exit codes: 0 stopped (or none was running).
            """);
        command.SetAction(_ =>
        {
            var stopped = CellServerProcesses.StopAll(CellServerOptions.Default.Directory);
            Console.WriteLine(stopped == 0 ? "No cell server was running." : $"Stopped {stopped} cell server(s).");
            return ExitCodes.Success;
        });
        return command;
    }
}
