namespace MathForML.Tests.Support;

/// <summary>
/// What code writes to Console.Out while it runs. Console.Out is process-wide, so tests that use
/// this belong to <see cref="ConsoleCollection"/>, which xunit never runs in parallel with others.
/// </summary>
public static class ConsoleCapture
{
    public static string Of(Action action)
    {
        var original = Console.Out;
        using var writer = new StringWriter { NewLine = "\n" };
        Console.SetOut(writer);
        try
        {
            action();
        }
        finally
        {
            Console.SetOut(original);
        }
        return writer.ToString();
    }
}

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;
