using System.CommandLine;
using MathForML.Generator.Snapshots;

namespace MathForML.Cli.Commands;

/// <summary><c>accept [lesson]</c>: promotes received snapshots to verified, showing what changed.</summary>
public static class AcceptCommand
{
    /// <summary>Enough diff to see the change; the whole of it is one <c>git diff</c> away.</summary>
    private const int DiffLines = 40;

    public static Command Create()
    {
        var root = CommonOptions.Root();
        var lesson = new Argument<string?>("lesson") { Description = "Accept only this lesson (file name, with or without .md)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("accept", """
            Promote received snapshots (tests/snapshots/NAME.received.txt, written by build, check or the tests
            when a lesson's outputs change) to verified, and say per lesson which cells changed, with the diff.
            Review the result with `git diff tests/snapshots/` and commit it with the lesson.
            Exit codes: 0 accepted (or nothing pending), 2 the named lesson has nothing to accept.
            """)
        {
            root, lesson,
        };
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryLoadSettings(parse.GetValue(root)!.FullName, null, out var settings)) return ExitCodes.UsageOrEnvironment;
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
                var accepted = store.Accept(name)!;
                if (accepted.IsNew)
                {
                    Console.WriteLine($"Accepted {name}: new snapshot of {accepted.Summary.Added.Count} cell(s).");
                    continue;
                }
                Console.WriteLine($"Accepted {name}: {accepted.Summary}.");
                var lines = accepted.Diff.TrimEnd('\n').Split('\n');
                foreach (var line in lines.Take(DiffLines)) Console.WriteLine("  " + line);
                if (lines.Length > DiffLines)
                    Console.WriteLine($"  … {lines.Length - DiffLines} more lines: git diff {settings.Relative(store.VerifiedPath(name))}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
