using System.CommandLine;
using MathForML.Generator.Settings;
using MathForML.Generator.Snapshots;

namespace MathForML.Cli.Commands;

/// <summary><c>accept [lesson]</c>: promotes received snapshots to verified, showing what changed.</summary>
public static class AcceptCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var lesson = new Argument<string?>("lesson") { Description = "Accept only this lesson (file name, with or without .md)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("accept", "Promote received snapshots (*.received.txt, written by build or the tests when outputs change) to verified.\nExit codes: 0 accepted (or nothing pending), 2 the named lesson has nothing to accept.")
        {
            root, lesson,
        };
        command.SetAction(parse =>
        {
            var settings = CourseSettingsLoader.Load(parse.GetValue(root)!.FullName);
            var store = new SnapshotStore(settings.SnapshotDirectory);
            var only = parse.GetValue(lesson);
            if (only is not null) only = Path.GetFileNameWithoutExtension(only);
            var pending = store.Pending().Where(n => only is null || n == only).ToList();
            if (pending.Count == 0)
            {
                Console.WriteLine(only is null ? "Nothing to accept: every snapshot matches." : $"Nothing to accept for {only}.");
                return only is null ? ExitCodes.Success : ExitCodes.UsageOrEnvironment;
            }
            foreach (var name in pending)
            {
                var diff = store.Accept(name)!;
                var added = diff.Split('\n').Count(l => l.StartsWith("+ ", StringComparison.Ordinal));
                var removed = diff.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal));
                Console.WriteLine(diff == "(new snapshot)"
                    ? $"Accepted {name}: new snapshot."
                    : $"Accepted {name}: {added} line(s) added, {removed} removed.");
                if (diff != "(new snapshot)") Console.WriteLine(diff);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
