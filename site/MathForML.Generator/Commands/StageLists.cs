using MathForML.Generator.Assets;
using MathForML.Generator.CellExecution;
using MathForML.Generator.Charts;
using MathForML.Generator.Editions;
using MathForML.Generator.LessonProjects;
using MathForML.Generator.Loading;
using MathForML.Generator.Markdown;
using MathForML.Generator.MathRendering;
using MathForML.Generator.Pipeline;
using MathForML.Generator.Rendering;
using MathForML.Generator.Search;
using MathForML.Generator.Settings;
using MathForML.Generator.Snapshots;
using MathForML.Generator.Writing;

namespace MathForML.Generator.Commands;

/// <summary>
/// What each command runs, as its table of contents: <c>build</c>, <c>check</c> and the rebuilds of
/// <c>serve</c>. Each stage is small, named with a verb and testable alone; they run in this order
/// over an immutable course model. A stage never asks which command it is in: a command that does
/// not write the site has no writing stage in its list. Work started in the background (cells,
/// lesson programs) reaches the stage that collects it through a <see cref="Handoff{T}"/> made here,
/// so the list shows where it goes. A list holds per-build state: make one per build.
/// </summary>
public static class StageLists
{
    /// <summary><c>build</c>: the site written to <c>output/</c>, with its downloads.</summary>
    public static IReadOnlyList<IBuildStage> Build(BuildOptions options) => Compose(options, writes: true);

    /// <summary>
    /// The site made in memory and checked, nothing written: every page and file in
    /// <see cref="Model.Course.Files"/>. What <c>check</c> and <c>serve</c> build on, and what tests
    /// that look at pages without a folder run.
    /// </summary>
    public static IReadOnlyList<IBuildStage> InMemory(BuildOptions options) => Compose(options, writes: false);

    /// <summary><c>check</c>: everything that finds problems, then the snapshots no lesson uses; nothing written.</summary>
    public static IReadOnlyList<IBuildStage> Check(BuildOptions options) => [.. InMemory(options), new FindDanglingSnapshots()];

    /// <summary>
    /// A rebuild of <c>serve</c>: the site in memory with its chart images (cached, so a save redraws
    /// only a changed chart); the preview writes the files that changed itself, in place. No lesson
    /// downloads, offline zip or PDF: a save would wait for them, and <c>build</c> makes them.
    /// </summary>
    public static IReadOnlyList<IBuildStage> Serve(BuildOptions options) => InMemory(options with { ExportCharts = true });

    /// <summary>What a build runs when its caller names no list: <see cref="Build"/> when it writes the site, else <see cref="InMemory"/>.</summary>
    public static IReadOnlyList<IBuildStage> For(BuildOptions options) => options.WriteOutput ? Build(options) : InMemory(options);

    private static IReadOnlyList<IBuildStage> Compose(BuildOptions options, bool writes)
    {
        var cells = new Handoff<ExecuteCells.Running>();
        var programs = new Handoff<ProjectConversion>();
        var chartImages = options.ExportCharts ?? writes;
        return
        [
            .. When(writes, new StartWorkersEarly()), // a cell worker warms up while the course is read, if anything changed (serve keeps its own warm)
            new LoadLessons(),       // read input/*.md, validate front matter across the course
            new ParseMarkdown(),     // Markdig syntax trees, cells and their flags, headings
            new StartCells(cells, writes ? ProjectCache.Needs : null), // lessons whose cells changed go to the workers now (collected by Execute cells)
            .. When(writes, new StartLessonProjects(cells, programs)), // cells to console programs, by those workers or in the background (packed later)
            .. When(chartImages, new StartChartBrowser(cells)), // a first build starts chromium with plotly.js meanwhile, for the chart images
            new CheckLinks(),        // .md links and #anchors point at something real
            new CheckImages(),       // images exist under input/ and have alt text
            // Links, math and assets do not depend on cells' outputs: done while the cells run.
            new RenderMath(),        // LaTeX to MathML with Temml, at build time
            new CopyAssets(),        // theme and npm assets, fingerprinted
            new ExecuteCells(cells), // each lesson's cells ran in one session, in order: collect the outputs
            new VerifySnapshots(),   // compare outputs with the verified snapshots
            .. When(writes, new PackLessonProjects(programs)), // each lesson's cells as a console project, downloads/lessons/*.zip
            .. When(chartImages, new ExportCharts()), // every chart as a static SVG image, drawn by headless chromium
            new DescribeCharts(),    // each chart's words and data table, kept in .cache/ between builds
            new BuildSearchIndex(),  // section-level index, loaded as a script
            new RenderPrintEdition(),// print.html: every lesson on one page, charts as images
            .. When(writes && options.PrintPdf, new PrintPdf()), // print.html to downloads/math-for-ml.pdf, by the same chromium
            new PublishChartData(),  // each chart's figure and frames as charts/KEY.js, loaded by a page near the chart
            new RenderPages(),       // lesson pages, extra pages, home page (which lists the downloads)
            .. When(writes, new PackOfflineEdition()), // the whole site as downloads/math-for-ml.zip, for reading from disk
            .. When(writes, new WriteSite()), // written to a temporary folder, swapped in on success
        ];
    }

    private static IEnumerable<IBuildStage> When(bool condition, IBuildStage stage) => condition ? [stage] : [];
}
