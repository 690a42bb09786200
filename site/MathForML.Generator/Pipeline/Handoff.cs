namespace MathForML.Generator.Pipeline;

/// <summary>
/// Work one stage starts in the background and a later stage of the same list collects. The stage
/// list creates the hand-off and gives it to both stages, so what flows from where to where is
/// visible in the list (<see cref="StageLists"/>), not in a field every stage could read or write.
/// Empty until the starting stage ran, and it may decide to start nothing: the collecting stage then
/// does the work itself.
/// </summary>
public sealed class Handoff<T> where T : class
{
    private T? _value;

    /// <summary>What the starting stage started, once.</summary>
    public void Put(T value)
    {
        if (Interlocked.CompareExchange(ref _value, value, null) is not null)
            throw new InvalidOperationException($"a {typeof(T).Name} was already handed on: each list starts this work once");
    }

    /// <summary>What was started, or null when nothing was.</summary>
    public T? Started => Volatile.Read(ref _value);
}
