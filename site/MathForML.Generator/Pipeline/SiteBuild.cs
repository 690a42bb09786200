using MathForML.Generator.Stages;

namespace MathForML.Generator.Pipeline;

/// <summary>
/// The build, as its own table of contents. Each stage is small, named with a verb and testable
/// alone; they run in this order over an immutable course model.
/// </summary>
public static class SiteBuild
{
    public static IReadOnlyList<IBuildStage> Stages { get; } =
    [
        new StartWorkersEarly(), // a cell worker warms up while the course is read, if anything changed
        new LoadLessons(),       // read input/*.md, validate front matter across the course
        new ParseMarkdown(),     // Markdig syntax trees, cells and their flags, headings
        new StartCells(),        // lessons whose cells changed go to the workers now (collected later)
        new StartLessonProjects(), // cells to console programs, by those workers or in the background (packed later)
        new StartChartBrowser(), // a first build starts chromium with plotly.js meanwhile, for the chart images
        new CheckLinks(),        // .md links and #anchors point at something real
        new CheckImages(),       // images exist under input/ and have alt text
        // Links, math and assets do not depend on cells' outputs: done while the cells run.
        new RenderMath(),        // LaTeX to HTML with KaTeX, at build time
        new CopyAssets(),        // theme and npm assets, fingerprinted
        new ExecuteCells(),      // each lesson's cells ran in one session, in order: collect the outputs
        new VerifySnapshots(),   // compare outputs with the verified snapshots
        new PackLessonProjects(), // each lesson's cells as a console project, downloads/lessons/*.zip
        new ExportCharts(),      // every chart as a static SVG image, drawn by headless chromium
        new BuildSearchIndex(),  // section-level index, loaded as a script
        new RenderPrintEdition(),// print.html: every lesson on one page, charts as images
        new PrintPdf(),          // print.html to downloads/math-for-ml.pdf, by the same chromium
        new RenderPages(),       // lesson pages, extra pages, home page (which lists the downloads)
        new PackOfflineEdition(),// the whole site as downloads/math-for-ml.zip, for reading from disk
        new WriteSite(),         // written to a temporary folder, swapped in on success
    ];
}
