namespace MathForML.Execution.Contract;

/// <summary>
/// The codes of the problems running cells can have. The generator's catalogue of every code
/// (<c>DiagnosticCodes</c>) refers to these, so each code is still defined once. Compile errors keep
/// Roslyn's own codes (CS0103…).
/// </summary>
public static class ExecutionCodes
{
    public const string CellException = "MFM030";
    public const string CellDidNotThrow = "MFM031";
    public const string CellTimedOut = "MFM032";
    public const string CellCrashed = "MFM033";
    public const string CellOutputTooLarge = "MFM034";
    public const string AnswerWithoutValue = "MFM035";
    public const string AnswerNotSupported = "MFM036";
    public const string AnswerOutsideAnswerCell = "MFM037";
}
