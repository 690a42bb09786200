using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MathForML.BrowserTests.Support;

/// <summary>
/// Waits for a page the test navigated to by clicking or pressing a key.
/// </summary>
/// <remarks>
/// Playwright's <c>WaitForURLAsync</c> waits for the URL and then for the "load" lifecycle event it
/// recorded for that navigation; on a loaded two-core CI machine it once timed out with the page
/// already at the right URL (a missed event, not a slow page). Here the URL is polled, then the new
/// document itself is asked whether it has finished loading: both survive the navigation racing the
/// wait, and the page's scripts (keyboard shortcuts, search) are attached when it returns.
/// </remarks>
public static class Arrival
{
    /// <summary>Waits until the page's URL matches <paramref name="glob"/> (<c>**</c> is anything) and its document is complete.</summary>
    public static async Task ArriveAtAsync(this IPage page, string glob)
    {
        await Assertions.Expect(page).ToHaveURLAsync(GlobToRegex(glob));
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    internal static Regex GlobToRegex(string glob) =>
        new("^" + Regex.Escape(glob).Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*") + "$");
}
