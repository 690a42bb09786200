using System.Text.Json;
using System.Text.Json.Serialization;
using MathForML.Execution.Contract;

namespace MathForML.Execution.Workers;

/// <summary>
/// What a worker tells its parent, one JSON object a line on stdout: <c>ready</c> after warming up,
/// <c>start</c> and <c>done</c> around each cell (so the parent knows which cell to blame and when
/// its time limit runs out), <c>program</c> when asked to convert the lesson, <c>lesson-done</c>, and <c>exit</c> when a cell ends the process. A cell server serving
/// another build answers a connection with <c>busy</c> and closes it.
/// </summary>
public sealed record WorkerMessage(string Event)
{
    public int Index { get; init; }

    public CellOutcome? Outcome { get; init; }

    public int ExitCode { get; init; }

    /// <summary>With <c>program</c>: the lesson's cells as a console program, and how long converting took.</summary>
    public Programs.ConvertedProgram? Program { get; init; }

    public double Milliseconds { get; init; }

    /// <summary>With <c>ready</c>: the worker's process id (a build that reuses a cell server did not start it).</summary>
    public int Pid { get; init; }

    public const string Ready = "ready";
    public const string Start = "start";
    public const string Done = "done";
    public const string ProgramDone = "program";
    public const string LessonDone = "lesson-done";
    public const string Exit = "exit";
    public const string Busy = "busy";
}

/// <summary>The one JSON shape both sides use, so a lesson's outputs round-trip exactly.</summary>
public static class WorkerJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };
}
