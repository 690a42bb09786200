namespace MathForML.Generator.Reporting;

/// <summary>
/// Progress a live display can draw (the CLI's progress bars). Plain logs can ignore these: every
/// event also has an <see cref="IBuildLog.Info"/> line where it matters.
/// </summary>
public abstract record BuildEvent;

/// <summary>A stage begins; <paramref name="Index"/> counts from 0 of <paramref name="Count"/>.</summary>
public sealed record StageStarted(string Stage, int Index, int Count) : BuildEvent;

/// <summary>A lesson's cells will run (its cache entries are missing or stale).</summary>
public sealed record LessonStarted(string Lesson, int Cells) : BuildEvent;

/// <summary>A lesson's cells are done: how many ran, how many came from the cache, and whether one failed.</summary>
public sealed record LessonFinished(string Lesson, int Cells, int Executed, int Cached, bool Failed, TimeSpan Duration) : BuildEvent;
