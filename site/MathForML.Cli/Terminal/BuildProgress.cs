using MathForML.Cli.Commands;
using MathForML.Generator.Reporting;
using Spectre.Console;

namespace MathForML.Cli.Terminal;

/// <summary>Runs a build with live progress bars on a terminal, or with plain lines elsewhere.</summary>
public static class BuildProgress
{
    public static Task<T> RunAsync<T>(Func<IBuildLog, Task<T>> build)
    {
        if (!TerminalMode.Live) return build(new ConsoleBuildLog());
        return AnsiConsole.Progress()
            .AutoClear(true) // the summary lines stay; the bars go when the build is done
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(context => build(new SpectreBuildLog(context)));
    }
}
