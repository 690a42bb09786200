using System.CommandLine;
using MathForML.Generator.Authoring;
using MathForML.Generator.Model;
using MathForML.Generator.Settings;

namespace MathForML.Cli.Commands;

/// <summary><c>new "Title"</c>: scaffolds a lesson at the next order.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var title = new Argument<string>("title") { Description = "The lesson's title, e.g. \"Matrix Decompositions\" (the file name is made from it)" };
        var phase = new Option<string?>("--phase") { Description = "The phase it belongs to (default: the phase of the last lesson)" };
        var level = new Option<string>("--level")
        {
            Description = "beginner, intermediate or advanced",
            DefaultValueFactory = _ => "beginner",
        };
        level.AcceptOnlyFromAmong([.. FrontMatter.Levels]);
        var command = new Command("new", """
            Create a lesson at the next free order: input/NN_Title.md with its front matter, the sections of
            the lesson guide, and one example cell. It builds as it is; preview it with `serve`.
            Exit codes: 0 created, 2 bad usage (the file exists, the title has no letters).
            """)
        {
            root, title, phase, level,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var settings = CourseSettingsLoader.Load(parse.GetValue(root)!.FullName);
                var lesson = await LessonScaffold.CreateAsync(settings, parse.GetValue(title)!, parse.GetValue(phase), parse.GetValue(level)!, cancellationToken);
                var after = lesson.Prerequisites.Count > 0 ? $", after {lesson.Prerequisites[^1]}" : "";
                Console.WriteLine($"Created {lesson.SourcePath} (order {lesson.Order}, phase \"{lesson.Phase}\"{after}).");
                Console.WriteLine("Next: fill in the sections, preview with `serve`, then `check` and `accept` its snapshot.");
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is ScaffoldException or SettingsException)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.UsageOrEnvironment;
            }
        });
        return command;
    }
}
