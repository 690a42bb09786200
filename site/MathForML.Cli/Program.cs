using System.CommandLine;
using MathForML.Cli.Commands;

// A thin shell: each command parses its options and calls the generator library.
var root = new RootCommand("MathForML: builds the Mathematics for Machine Learning course site from Markdown lessons with executable C# cells.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(AcceptCommand.Create());
return await root.Parse(args).InvokeAsync();
