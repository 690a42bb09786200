using System.Globalization;

namespace MathForML.Bench;

/// <summary>
/// What to measure: <c>bench/run.sh [--scale-only | --classic-only] [--skip-naive] [--scale 1,2,4] [--peer [--peer-runs 3]] [--as-typed-only | --skip-as-typed]</c>.
/// The positional arguments (the repository and the published CLI) come first, from run.sh.
/// </summary>
public sealed record BenchOptions
{
    public string? Repo { get; init; }
    public string? Cli { get; init; }

    /// <summary>The classic scenarios on the course as it is (cold, no-op, edits, --pdf).</summary>
    public bool Classic { get; init; } = true;

    /// <summary>The naive baseline (about 15 minutes on the full course); part of the classic scenarios.</summary>
    public bool Naive { get; init; } = true;

    /// <summary>The scale scenarios, at each of <see cref="ScaleFactors"/>.</summary>
    public bool Scale { get; init; } = true;

    public IReadOnlyList<int> ScaleFactors { get; init; } = [1, 2, 4];

    /// <summary>VitePress on the same course against <c>mathforml build --no-cache</c> (bench/peer/).</summary>
    public bool Peer { get; init; }

    public int PeerRuns { get; init; } = 3;

    /// <summary>The README's build command as typed, in a fresh clone (<see cref="AsTypedBench"/>).</summary>
    public bool AsTyped { get; init; } = true;

    public const string Usage = "usage: MathForML.Bench [REPO [CLI]] [--scale-only | --classic-only] [--skip-naive] [--scale 1,2,4] [--peer] [--peer-only] [--peer-runs N] [--as-typed-only] [--skip-as-typed]";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value\n{Usage}");
            options = args[i] switch
            {
                "--scale-only" => options with { Classic = false, Scale = true, AsTyped = false },
                "--classic-only" => options with { Classic = true, Scale = false, AsTyped = false },
                "--skip-naive" => options with { Naive = false },
                "--scale" => options with { ScaleFactors = ParseFactors(Value()) },
                "--peer" => options with { Peer = true },
                "--peer-only" => options with { Peer = true, Classic = false, Scale = false, AsTyped = false },
                "--as-typed-only" => options with { AsTyped = true, Classic = false, Scale = false, Peer = false },
                "--skip-as-typed" => options with { AsTyped = false },
                "--peer-runs" => options with { PeerRuns = PositiveInt(Value(), "--peer-runs") },
                var flag when flag.StartsWith("--", StringComparison.Ordinal) => throw new ArgumentException($"unknown option {flag}\n{Usage}"),
                var value => Positional(options, positional, value),
            };
        }
        return options;
    }

    private static BenchOptions Positional(BenchOptions options, List<string> positional, string value)
    {
        positional.Add(value);
        return positional.Count switch
        {
            1 => options with { Repo = value },
            2 => options with { Cli = value },
            _ => throw new ArgumentException($"unexpected argument '{value}'\n{Usage}"),
        };
    }

    /// <summary>"1,2,4" → [1, 2, 4]: distinct whole numbers from 1, in increasing order.</summary>
    public static IReadOnlyList<int> ParseFactors(string text)
    {
        var factors = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => PositiveInt(f, "--scale")).Distinct().Order().ToList();
        return factors.Count > 0 ? factors : throw new ArgumentException($"--scale needs at least one factor, e.g. --scale 1,2,4\n{Usage}");
    }

    private static int PositiveInt(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1
            ? value
            : throw new ArgumentException($"{option}: '{text}' is not a whole number from 1\n{Usage}");
}
