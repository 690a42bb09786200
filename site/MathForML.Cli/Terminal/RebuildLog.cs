using System.Globalization;
using MathForML.Generator.Reporting;

namespace MathForML.Cli.Terminal;

/// <summary>
/// What <c>serve</c> prints during a rebuild: only lessons whose cells ran (the slow, interesting
/// part); the stages' other lines would repeat on every save.
/// </summary>
public sealed class RebuildLog : IBuildLog
{
    public void Info(string message)
    {
    }

    public void Report(BuildEvent progress)
    {
        switch (progress)
        {
            case LessonStarted started:
                Console.WriteLine($"  {started.Lesson}: running {started.Cells} cells…");
                break;
            case LessonFinished { Executed: > 0 } or LessonFinished { Failed: true }:
                var done = (LessonFinished)progress;
                var seconds = done.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
                Console.WriteLine(done.Failed
                    ? $"  {done.Lesson}: stopped at cell {done.Executed + 1} of {done.Cells}"
                    : $"  {done.Lesson}: {done.Executed} cells ran in {seconds} s");
                break;
        }
    }
}
