using System.Globalization;
using MathForML.Generator.Reporting;
using Spectre.Console;

namespace MathForML.Cli.Terminal;

/// <summary>
/// Draws a build as it runs: one bar for the stages, one per lesson with cells (running, then how
/// many cells ran and how many came from the cache). Info lines print above the bars and stay.
/// Events arrive from several threads; Spectre's progress context is not thread-safe, hence the lock.
/// </summary>
public sealed class SpectreBuildLog(ProgressContext context) : IBuildLog
{
    private readonly object _gate = new();
    private readonly Dictionary<string, ProgressTask> _lessons = new(StringComparer.Ordinal);
    private ProgressTask? _stages;

    public void Info(string message)
    {
        lock (_gate) AnsiConsole.WriteLine("  " + message);
    }

    public void Report(BuildEvent progress)
    {
        lock (_gate)
        {
            switch (progress)
            {
                case StageStarted stage:
                    _stages ??= context.AddTask("Build", maxValue: stage.Count);
                    _stages.Description = Markup.Escape($"{stage.Stage} ({stage.Index + 1}/{stage.Count})");
                    _stages.Value = stage.Index;
                    break;
                case LessonStarted lesson:
                    var running = Lesson(lesson.Lesson, lesson.Cells);
                    running.Description = Markup.Escape($"  {lesson.Lesson}: running {lesson.Cells} cells");
                    running.IsIndeterminate = true;
                    break;
                case LessonFinished done:
                    var task = Lesson(done.Lesson, done.Cells);
                    task.IsIndeterminate = false;
                    task.Value = task.MaxValue;
                    var seconds = done.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
                    task.Description = done.Failed ? $"  [red]{Markup.Escape(done.Lesson)}: failed at cell {done.Executed + 1} of {done.Cells}[/]"
                        : done.Executed == 0 ? Markup.Escape($"  {done.Lesson}: {done.Cached} cells from the cache")
                        : Markup.Escape($"  {done.Lesson}: {done.Executed} cells ran in {seconds} s");
                    task.StopTask();
                    break;
            }
        }
    }

    private ProgressTask Lesson(string name, int cells)
    {
        if (!_lessons.TryGetValue(name, out var task))
        {
            task = context.AddTask(Markup.Escape("  " + name), maxValue: Math.Max(1, cells));
            _lessons[name] = task;
        }
        return task;
    }
}
