using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using MathForML.Generator.Model;
using MathForML.Generator.Settings;

namespace MathForML.Cli.Commands;

/// <summary>Options several commands share.</summary>
public static class CommonOptions
{
    public static Option<DirectoryInfo> Root() => new("--root")
    {
        Description = "The course folder (holding input/ and mathforml.yml)",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    /// <summary>
    /// Reads the course settings for a command; an unreadable <c>mathforml.yml</c> is reported as
    /// its diagnostic line (the caller then exits with <see cref="ExitCodes.UsageOrEnvironment"/>).
    /// </summary>
    public static bool TryLoadSettings(string root, string? output, [NotNullWhen(true)] out CourseSettings? settings)
    {
        try
        {
            settings = CourseSettingsLoader.Load(root, output);
            return true;
        }
        catch (SettingsException e)
        {
            Console.Error.WriteLine(e.Message);
            settings = null;
            return false;
        }
    }
}

/// <summary>Documented exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int CourseErrors = 1;
    public const int UsageOrEnvironment = 2;
}
