using MathForML.Generator.Pipeline;

namespace MathForML.Generator.Browser;

/// <summary>
/// The build's one headless chromium, for chart images and the PDF: found when first asked for and
/// started only when first used; a preview or a test provides its own
/// (<see cref="BuildContext.Provide{T}"/> as <see cref="IHeadlessBrowser"/>).
/// </summary>
public static class BuildBrowser
{
    public static IHeadlessBrowser Of(BuildContext context) =>
        context.Service<IHeadlessBrowser>(c => ChromiumBrowser.Locate(c.Tools, c.Options.ChromiumPath));

    /// <summary>
    /// True when the browser can be used. Otherwise says so in one line, once per build (chart images
    /// and the PDF both ask), and what the build makes without it.
    /// </summary>
    public static bool Available(BuildContext context)
    {
        if (Of(context).Unavailable is not { } reason) return true;
        if (!context.Service(_ => new UnavailableReported()).FirstTime()) return false;
        var missing = context.Options.PrintPdf ? "charts have no static images and there is no PDF" : "charts have no static images";
        context.Log.Info($"{reason}: {missing}; everything else is built");
        return false;
    }

    /// <summary>Whether this build has said that it has no browser.</summary>
    private sealed class UnavailableReported
    {
        private int _reported;

        public bool FirstTime() => Interlocked.Exchange(ref _reported, 1) == 0;
    }
}
