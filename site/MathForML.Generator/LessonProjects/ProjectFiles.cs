using System.Globalization;
using System.Reflection;
using System.Text;
using MathForML.Execution.Sessions;
using MathForML.Generator.Model;

namespace MathForML.Generator.LessonProjects;

/// <summary>
/// The small files around a lesson's Program.cs: the project file, a Directory.Build.props that
/// keeps out the settings of folders above, a module initializer for the console, and a README.
/// </summary>
public static class ProjectFiles
{
    /// <summary>The console's <c>Display</c>: imported statically, so cells call it as on the site.</summary>
    public const string DisplayClass = "MathForML.Cells.Standalone.ConsoleNotebook";

    /// <summary>The target framework the generator runs on (net10.0), which the cells ran on too.</summary>
    public static string TargetFramework { get; } = "net" + Environment.Version.ToString(2);

    /// <summary>The MathNet.Numerics version the cells ran against: the generator's own reference.</summary>
    public static string MathNetVersion { get; } =
        typeof(MathNet.Numerics.LinearAlgebra.Matrix<>).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(MathNet.Numerics.LinearAlgebra.Matrix<>).Assembly.GetName().Version!.ToString(3);

    public static string Csproj(Document lesson)
    {
        var usings = new StringBuilder();
        foreach (var name in ScriptEnvironment.DefaultUsings) usings.Append(CultureInfo.InvariantCulture, $"    <Using Include=\"{name}\" />\n");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- The cells of {lesson.SourcePath} as a console program: `dotnet run` prints their outputs. -->
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{TargetFramework}</TargetFramework>
                <Nullable>enable</Nullable>
                <!-- Program.cs sees exactly the namespaces a cell sees on the site: the ones below. -->
                <ImplicitUsings>disable</ImplicitUsings>
                <!-- Numbers print as on the site (1.5, not 1,5), whatever this computer's language. -->
                <InvariantGlobalization>true</InvariantGlobalization>
                <!-- Package versions are set here, even inside a repository that manages them centrally. -->
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <!-- A notebook may keep a variable no later cell reads, or a helper the lesson only
                     shows; as locals of one program those would be warnings. -->
                <NoWarn>$(NoWarn);CS0168;CS0219;CS8321</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <!-- What every cell can use without a using directive. -->
            {usings.ToString().TrimEnd('\n')}
                <!-- Display(value), as cells call it. -->
                <Using Include="{DisplayClass}" Static="true" />
              </ItemGroup>
              <ItemGroup>
                <PackageReference Include="MathNet.Numerics" Version="{MathNetVersion}" />
            {PlotlyNetItems(lesson)}  </ItemGroup>
            </Project>

            """;
    }

    /// <summary>The Plotly.NET package references, one line each, for a lesson whose cells use it; nothing otherwise.</summary>
    private static string PlotlyNetItems(Document lesson) =>
        PlotlyNetPackages.UsedBy(lesson)
            ? string.Concat(PlotlyNetPackages.References.Select(p => $"    <PackageReference Include=\"{p.Id}\" Version=\"{p.Version}\" />\n"))
            : "";

    public const string DirectoryBuildProps = """
        <Project>
          <!-- This folder is a project of its own. Without this file, MSBuild would also read the
               Directory.Build.props, Directory.Build.targets and Directory.Packages.props of the folders
               above it (say, a repository you unzip it into), and the project could build differently. -->
          <PropertyGroup>
            <ImportDirectoryBuildTargets>false</ImportDirectoryBuildTargets>
            <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
          </PropertyGroup>
        </Project>

        """;

    public const string Startup = """
        using System.Runtime.CompilerServices;
        using System.Text;

        namespace MathForML.Cells.Standalone;

        /// <summary>Runs before Program.cs: the lessons print ✓, ², θ and more, which a console shows only in UTF-8.</summary>
        internal static class Startup
        {
            [ModuleInitializer]
            internal static void UseUtf8() => Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        """;

    public static string Readme(Document lesson, string courseTitle, string folder) => $"""
        # {lesson.Front.Title}: run it yourself

        The code of the lesson "{lesson.Front.Title}" ({courseTitle}) as a console program: every
        cell of `{lesson.SourcePath}`, in order, in `Program.cs`.

        ## Run it

        With the .NET {Environment.Version.Major.ToString(CultureInfo.InvariantCulture)} SDK installed (https://dot.net), in this folder:

            dotnet run

        The program prints what the lesson's page shows under its cells: the text they print, tables
        of matrices and records, and for each chart its title, axes and what it plots (the
        interactive chart itself is on the page). The first run downloads MathNet.Numerics
        {MathNetVersion}{(PlotlyNetPackages.UsedBy(lesson) ? " and Plotly.NET" : "")} from NuGet.

        Change the code and run it again: this is the quickest way to play with an example.

        ## What is here

        - `Program.cs`: the cells, each under a comment with its line in the lesson. The cells share
          their variables, as on the page. Where a cell declares a name that an earlier cell already
          declared (allowed in a notebook, not in one program), the program gives the new one another
          name from that cell on, and says so in a comment.
        - `{folder}.csproj`: the packages and the namespaces every cell can use without a `using`.
        - `Examples/`: the course's examples library (`Check`, `Grid`, `Plane2D`…), which the cells call.
        - `Runtime/`: `Display` and the `Chart` API, the same code the site uses to format outputs,
          printing to the console instead.

        """;
}
