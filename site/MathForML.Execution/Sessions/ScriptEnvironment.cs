using System.Reflection;
using MathForML.Cells.Capture;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace MathForML.Execution.Sessions;

/// <summary>
/// The references, usings and compiler options every cell gets: created once and shared by all
/// lessons, because resolving references is the expensive part of a first compile.
/// </summary>
public static class ScriptEnvironment
{
    /// <summary>The namespaces every cell can use without a <c>using</c> (the authoring format's promise).</summary>
    public static readonly IReadOnlyList<string> DefaultUsings =
    [
        "System",
        "System.Linq",
        "System.Collections.Generic",
        "MathNet.Numerics",
        "MathNet.Numerics.LinearAlgebra",
        "MathNet.Numerics.Distributions",
        "MathNet.Numerics.Statistics",
        "MathForML.Examples",
        "MathForML.Cells.Charts",
        "MathForML.Cells.Answers",
    ];

    private static readonly Lazy<ScriptOptions> Shared = new(Create);

    public static ScriptOptions Options => Shared.Value;

    private static ScriptOptions Create()
    {
        Assembly[] assemblies =
        [
            typeof(object).Assembly,
            typeof(Enumerable).Assembly,
            typeof(List<>).Assembly,
            typeof(System.Collections.Immutable.ImmutableArray).Assembly,
            typeof(System.Numerics.Complex).Assembly,
            typeof(Console).Assembly,
            typeof(System.Text.StringBuilder).Assembly,
            typeof(System.Text.RegularExpressions.Regex).Assembly,
            typeof(MathNet.Numerics.LinearAlgebra.Matrix<>).Assembly,
            typeof(CellGlobals).Assembly,
            Assembly.Load("MathForML.Examples"),
        ];
        return ScriptOptions.Default
            .WithReferences(assemblies)
            .AddReferences(Assembly.Load("System.Runtime"), Assembly.Load("netstandard"))
            // Plotly.NET, for the cells that use it (by file: nothing loads it until a cell does).
            .AddReferences(PlotlyNetReferences.Create())
            .WithImports(DefaultUsings)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithCheckOverflow(false)
            .WithAllowUnsafe(false);
    }
}
