using System.CommandLine;

namespace MathForML.Cli.Commands;

/// <summary>Options several commands share.</summary>
public static class CommonOptions
{
    public static Option<DirectoryInfo> Root() => new("--root")
    {
        Description = "The course folder (holding input/ and mathforml.yml)",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };
}

/// <summary>Documented exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int CourseErrors = 1;
    public const int UsageOrEnvironment = 2;
}
