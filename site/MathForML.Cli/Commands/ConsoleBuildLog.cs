using MathForML.Generator.Reporting;

namespace MathForML.Cli.Commands;

public sealed class ConsoleBuildLog : IBuildLog
{
    public void Info(string message) => Console.WriteLine("  " + message);
}
