using MathForML.Generator.Model;
using MathForML.Preview;
using MathForML.Tests.Support;

namespace MathForML.Tests.Preview;

public class ExamplesLibraryTests
{
    [Fact]
    public void The_examples_project_of_the_repository_is_found()
    {
        var project = ExamplesLibrary.FindProject(RepositoryPaths.Root);
        Assert.Equal(Path.Combine(RepositoryPaths.Root, "examples", "MathForML.Examples", "MathForML.Examples.csproj"), project);
        using var course = new FixtureCourse();
        Assert.Null(ExamplesLibrary.FindProject(course.Root));
    }

    [Fact]
    public void Compiler_errors_become_diagnostics_at_their_line_once_each()
    {
        using var course = new FixtureCourse();
        var project = Path.Combine(course.Root, "examples", "MathForML.Examples", "MathForML.Examples.csproj");
        using var library = new ExamplesLibrary(course.Settings, project, AppContext.BaseDirectory);
        var file = Path.Combine(course.Root, "examples", "MathForML.Examples", "Grid.cs");
        var output = $"""
              Determining projects to restore...
            {file}(12,27): error CS1002: ; expected [{project}]
            {file}(12,27): error CS1002: ; expected [{project}]
            {file}(3,1): warning CS8019: Unnecessary using directive. [{project}]
            """;
        var problems = library.Problems(output);
        var problem = Assert.Single(problems);
        Assert.Equal(Diagnostic.Error("CS1002", new SourceLocation("examples/MathForML.Examples/Grid.cs", 12, 27), "; expected"), problem);
    }
}
