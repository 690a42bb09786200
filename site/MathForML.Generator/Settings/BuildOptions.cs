namespace MathForML.Generator.Settings;

/// <summary>How a build runs, as the CLI or a test asks for it.</summary>
public sealed record BuildOptions
{
    /// <summary>Promote received snapshots to verified instead of reporting differences.</summary>
    public bool AcceptSnapshots { get; init; }

    /// <summary>
    /// Write the site to <see cref="CourseSettings.OutputDirectory"/>: which list a build runs when
    /// its caller names none (<see cref="Commands.StageLists.For"/>); tests that look at pages in memory turn this off.
    /// </summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>Reuse cached cell outputs and rendered math (<c>--no-cache</c> turns this off).</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Compare cell outputs with the verified snapshots.</summary>
    public bool CompareSnapshots { get; init; } = true;

    /// <summary>
    /// Draw every chart as a static SVG image with headless chromium (when there is one), for print
    /// and for readers without JavaScript. Null: when the list writes the site (a build that writes
    /// nothing has no use for images; serve's list, whose preview writes its own folder, asks for them).
    /// </summary>
    public bool? ExportCharts { get; init; }

    /// <summary>
    /// Print the print edition to <c>downloads/math-for-ml.pdf</c> with headless chromium (when there
    /// is one): <c>build --pdf</c>. Off by default: even with only the changed lessons printed again
    /// it adds seconds to every edit, so release builds (netlify.toml, the README) ask for it and the
    /// edit-build-look loop does not wait for it.
    /// </summary>
    public bool PrintPdf { get; init; }

    /// <summary>
    /// Run cells in cell servers that outlive the build (<c>build</c> does, unless <c>--no-server</c>
    /// or <c>CI</c> is set): the next build finds them warm instead of starting workers and paying
    /// Roslyn's warm-up again. Off by default, so a library caller or a test starts no background process.
    /// </summary>
    public bool UseCellServers { get; init; }

    /// <summary>The chromium to drive; null looks for one (<c>MATHFORML_CHROMIUM</c>, <c>CHROME_PATH</c>, <c>/usr/bin/chromium</c>).</summary>
    public string? ChromiumPath { get; init; }
}
