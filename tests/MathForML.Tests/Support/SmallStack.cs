namespace MathForML.Tests.Support;

/// <summary>
/// Runs code on a thread with a 256 KB stack, so that a recursive walk of a deep graph overflows here
/// instead of passing on the test runner's roomy default stack.
/// </summary>
public static class SmallStack
{
    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work(), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        return result;
    }
}
