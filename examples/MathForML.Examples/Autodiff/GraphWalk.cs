namespace MathForML.Examples;

/// <summary>The one graph algorithm reverse mode needs, shared by <see cref="Scalar"/> and <see cref="Tensor"/>.</summary>
internal static class GraphWalk
{
    /// <summary>
    /// Every node that <paramref name="output"/> depends on, inputs before the nodes computed from them, the
    /// output last. A depth-first search with an explicit stack instead of recursion, so that a chain of a
    /// million operations cannot overflow the call stack.
    /// </summary>
    public static List<T> TopologicalOrder<T>(T output, Func<T, IEnumerable<T>> inputs) where T : class
    {
        var order = new List<T>();
        var visited = new HashSet<T>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(T Node, bool InputsDone)>();
        stack.Push((output, false));
        while (stack.Count > 0)
        {
            var (node, inputsDone) = stack.Pop();
            if (inputsDone) { order.Add(node); continue; }  // all its inputs are already in the order
            if (!visited.Add(node)) continue;                // reached before along another path
            stack.Push((node, true));                        // come back to it after its inputs
            foreach (var input in inputs(node))
                if (!visited.Contains(input)) stack.Push((input, false));
        }
        return order;
    }
}
