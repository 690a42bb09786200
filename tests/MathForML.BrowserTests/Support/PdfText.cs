using System.Diagnostics;

namespace MathForML.BrowserTests.Support;

/// <summary>
/// A PDF read back with poppler's command-line tools (Debian's poppler-utils): its text page by page
/// (<c>pdftotext</c> separates pages with a form feed) and its page count (<c>pdfinfo</c>).
/// </summary>
public sealed record PdfText(IReadOnlyList<string> Pages, int PageCount)
{
    public static async Task<PdfText> ReadAsync(string pdf)
    {
        var text = await RunAsync("pdftotext", "-enc", "UTF-8", pdf, "-");
        var info = await RunAsync("pdfinfo", pdf);
        var pagesLine = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        var count = int.Parse(pagesLine["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var pages = text.Split('\f').Take(count).ToList();
        return new PdfText(pages, count);
    }

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {await error}");
            return await output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{tool} not found: install Debian's poppler-utils (apt-get install -y poppler-utils).");
        }
    }
}
