using System.CommandLine;
using MathForML.Cli.Commands;

// A thin shell: each command parses its options and calls the generator library.
var root = new RootCommand("""
    MathForML: builds the Mathematics for Machine Learning course site from Markdown lessons with executable C# cells.
    Exit codes of every command: 0 success, 1 the course has errors, 2 bad usage or missing tools.
    """);
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(AcceptCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(ShutdownCommand.Create());
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // Bad usage is exit code 2 for every command, as documented (System.CommandLine's own default is 1).
    foreach (var error in parse.Errors) Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine("See --help.");
    return ExitCodes.UsageOrEnvironment;
}

// Ctrl+C and SIGTERM cancel the running command, which then stops its workers, the math process (and the
// preview server) cleanly; System.CommandLine 2.0.0 leaves the signals alone unless given a timeout.
return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(10) });
