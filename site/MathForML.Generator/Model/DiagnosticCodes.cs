using MathForML.Execution.Contract;

namespace MathForML.Generator.Model;

/// <summary>
/// Every diagnostic the generator reports, in one place so that codes stay unique and documented.
/// Compile errors in cells keep Roslyn's own codes (CS0103…).
/// </summary>
public static class DiagnosticCodes
{
    // Files and front matter
    public const string BadFileName = "MFM001";
    public const string FrontMatterMissing = "MFM002";
    public const string FrontMatterInvalid = "MFM003";
    public const string RequiredKeyMissing = "MFM004";
    public const string UnknownLevel = "MFM005";
    public const string DuplicateOrder = "MFM006";
    public const string UnknownPrerequisite = "MFM007";
    public const string UnknownFrontMatterKey = "MFM008";
    public const string NoLessons = "MFM009";

    // Links
    public const string MissingLinkTarget = "MFM010";
    public const string MissingAnchor = "MFM011";
    public const string LinkPathWrong = "MFM014";

    // Images
    public const string MissingImage = "MFM012";
    public const string ImageWithoutAlt = "MFM013";

    // Code blocks and cells
    public const string UnknownCellFlag = "MFM020";
    public const string InvalidTimeout = "MFM021";
    public const string UnclosedFence = "MFM022";
    public const string AnswerWithoutExercise = "MFM023";
    public const string SecondAnswer = "MFM024";
    public const string InvalidTolerance = "MFM025";
    public const string CellException = ExecutionCodes.CellException;
    public const string CellDidNotThrow = ExecutionCodes.CellDidNotThrow;
    public const string CellTimedOut = ExecutionCodes.CellTimedOut;
    public const string CellCrashed = ExecutionCodes.CellCrashed;
    public const string CellOutputTooLarge = ExecutionCodes.CellOutputTooLarge;
    public const string AnswerWithoutValue = ExecutionCodes.AnswerWithoutValue;
    public const string AnswerNotSupported = ExecutionCodes.AnswerNotSupported;
    public const string AnswerOutsideAnswerCell = ExecutionCodes.AnswerOutsideAnswerCell;

    // Math
    public const string InvalidLatex = "MFM040";
    public const string MathEngineUnavailable = "MFM041";
    public const string TabInMath = "MFM042";

    // Snapshots
    public const string SnapshotMismatch = "MFM050";
    public const string SnapshotMissing = "MFM051";
    public const string DanglingSnapshot = "MFM052";
    public const string UnusedSnapshot = "MFM053";

    // Static exports: a warning, the site builds without the image
    public const string ChartNotExported = "MFM060";

    // Downloads
    public const string LessonProjectUnavailable = "MFM061";

    // Build environment
    public const string AssetsUnavailable = "MFM090";
    public const string ExamplesBuildFailed = "MFM091";
}
