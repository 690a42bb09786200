using System.Text.RegularExpressions;
using MathForML.BrowserTests.Support;
using Microsoft.Playwright;

namespace MathForML.BrowserTests;

/// <summary>
/// A reader answers checked exercises: the page says right or not (and why, for a wrong shape),
/// offers the hint after a wrong answer, remembers answered exercises in this browser's storage, and
/// the home page and sidebar count them; reset forgets them. Served and from the unzipped offline
/// edition (file://) alike.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class ExerciseTests(BuiltSite site) : IDisposable
{
    private readonly UnzippedOfflineEdition _offline = new(site);

    [Fact]
    public Task A_number_answered_wrong_then_right_served() => site.RunAsync(async (page, problems) =>
    {
        await NumberAsync(page, url => site.Http + url);
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task A_number_answered_wrong_then_right_offline() => site.RunAsync(async (page, problems) =>
    {
        await NumberAsync(page, _offline.Url);
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task Vectors_matrices_and_choices_served() => site.RunAsync(async (page, problems) =>
    {
        await ShapesAsync(page, url => site.Http + url);
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task Vectors_matrices_and_choices_offline() => site.RunAsync(async (page, problems) =>
    {
        await ShapesAsync(page, _offline.Url);
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task Answered_exercises_are_counted_and_reset_served() => site.RunAsync(async (page, problems) =>
    {
        await CountAndResetAsync(page, url => site.Http + url);
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task Answered_exercises_are_counted_and_reset_offline() => site.RunAsync(async (page, problems) =>
    {
        await CountAndResetAsync(page, _offline.Url);
        Assert.Empty(problems.All);
    });

    [Fact]
    public Task Without_javascript_there_is_no_form_and_the_solution_remains() => site.RunAsync(async (page, problems) =>
    {
        await page.GotoAsync(site.Http + "01-vectors.html");
        Assert.Equal(2, await page.Locator("form.exercise-check").CountAsync());
        await Assertions.Expect(page.Locator("form.exercise-check").First).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("summary", new() { HasText = "Solution" }).First).ToBeVisibleAsync();
    }, javaScript: false);

    private static ILocator Form(IPage page, int index) => page.Locator("form.exercise-check").Nth(index);

    private static async Task NumberAsync(IPage page, Func<string, string> at)
    {
        await page.GotoAsync(at("01-vectors.html"));
        var form = Form(page, 0);
        var input = form.Locator("input.answer-input");
        var feedback = form.Locator(".answer-feedback");
        await Assertions.Expect(form).ToBeVisibleAsync();
        Assert.Equal("status", await feedback.GetAttributeAsync("role"));
        // Labelled: the accessible name says what to type.
        await Assertions.Expect(page.GetByLabel(new Regex("Your answer \\(a number"))).ToHaveCountAsync(1);

        // Wrong, by pointer: the page says so and points to the hint.
        await input.FillAsync("7");
        await form.Locator(".answer-check").ClickAsync();
        await Assertions.Expect(feedback).ToHaveTextAsync(new Regex("^Not quite\\. Open the hint below"));
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
        var showHint = form.Locator(".answer-show-hint");
        await Assertions.Expect(showHint).ToBeVisibleAsync();
        await showHint.ClickAsync();
        var hint = page.Locator("details.hint").First;
        await Assertions.Expect(hint).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(hint.Locator("summary")).ToBeFocusedAsync();

        // Not a number: explained, not counted as wrong.
        await input.FillAsync("five");
        await input.PressAsync("Enter");
        await Assertions.Expect(feedback).ToHaveTextAsync(new Regex("^Could not read “five” as a number"));

        // Right, by keyboard, as a fraction.
        await input.FillAsync("25/5");
        await input.PressAsync("Enter");
        await Assertions.Expect(feedback).ToHaveTextAsync("Correct: 5.");
        await Assertions.Expect(form.Locator(".answer-done")).ToBeVisibleAsync();

        // Stored: a new page load still shows it answered.
        await page.ReloadAsync();
        await Assertions.Expect(Form(page, 0).Locator(".answer-done")).ToHaveTextAsync(new Regex("You answered this exercise correctly"));
        await Assertions.Expect(Form(page, 1).Locator(".answer-done")).ToHaveCountAsync(0);
    }

    private static async Task ShapesAsync(IPage page, Func<string, string> at)
    {
        await page.GotoAsync(at("01-vectors.html"));
        var vector = Form(page, 1);
        var input = vector.Locator("input.answer-input");
        var feedback = vector.Locator(".answer-feedback");
        await input.FillAsync("2, -4");
        await input.PressAsync("Enter");
        await Assertions.Expect(feedback).ToHaveTextAsync(new Regex("^Expected 3 entries, got 2"));
        await input.FillAsync("2, -4, 5");
        await input.PressAsync("Enter");
        // No hint for this exercise: the solution instead, and no hint button.
        await Assertions.Expect(feedback).ToHaveTextAsync("Not quite: 1 of 3 entries is off. Try again, or open the solution below.");
        Assert.Equal(0, await vector.Locator(".answer-show-hint").CountAsync());
        await input.FillAsync("(2, −4, 6)");
        await input.PressAsync("Enter");
        await Assertions.Expect(feedback).ToHaveTextAsync("Correct: (2, -4, 6).");

        await page.GotoAsync(at("02-eigenvalues.html"));
        var matrix = Form(page, 0);
        await Assertions.Expect(matrix.Locator("label")).ToContainTextAsync("a 2×2 matrix, rows separated by semicolons");
        await matrix.Locator("input").FillAsync("1 2; 0");
        await matrix.Locator("input").PressAsync("Enter");
        await Assertions.Expect(matrix.Locator(".answer-feedback")).ToHaveTextAsync(new Regex("^Expected 2 entries in row 2, got 1"));
        await matrix.Locator("input").FillAsync("1 2; 0 1");
        await matrix.Locator("input").PressAsync("Enter");
        await Assertions.Expect(matrix.Locator(".answer-feedback")).ToHaveTextAsync("Correct: [1 2; 0 1].");

        var choice = Form(page, 1);
        await choice.Locator(".answer-check").ClickAsync();
        await Assertions.Expect(choice.Locator(".answer-feedback")).ToHaveTextAsync("Choose one of the options, then press Check.");
        await choice.GetByLabel("Yes").CheckAsync();
        await choice.Locator(".answer-check").ClickAsync();
        await Assertions.Expect(choice.Locator(".answer-feedback")).ToHaveTextAsync(new Regex("^Not quite\\."));
        // By keyboard: arrow to the other option, then submit with Enter.
        await choice.GetByLabel("Yes").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(choice.GetByLabel("No")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(choice.Locator(".answer-feedback")).ToHaveTextAsync("Correct: No.");
    }

    private static async Task CountAndResetAsync(IPage page, Func<string, string> at)
    {
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GotoAsync(at("index.html"));
        var count = page.Locator(".home-progress-count");
        await Assertions.Expect(count).ToHaveTextAsync("0 of 4 lessons, 0 of 4 exercises done");

        await page.GotoAsync(at("01-vectors.html"));
        await Form(page, 0).Locator("input").FillAsync("5");
        await Form(page, 0).Locator("input").PressAsync("Enter");
        await Assertions.Expect(Form(page, 0).Locator(".answer-feedback")).ToHaveTextAsync("Correct: 5.");
        var navLink = page.Locator(".sidebar a[data-lesson='01-vectors.html']");
        await Assertions.Expect(navLink.Locator(".nav-exercises")).ToContainTextAsync("1 of 2 exercises answered");
        await page.Locator(".lesson-done").ClickAsync();

        await page.GotoAsync(at("02-eigenvalues.html"));
        await Form(page, 0).Locator("input").FillAsync("1, 2; 0, 1");
        await Form(page, 0).Locator("input").PressAsync("Enter");
        await Assertions.Expect(Form(page, 0).Locator(".answer-feedback")).ToHaveTextAsync("Correct: [1 2; 0 1].");

        await page.GotoAsync(at("index.html"));
        await Assertions.Expect(count).ToHaveTextAsync("1 of 4 lessons, 2 of 4 exercises done");
        await Assertions.Expect(page.Locator(".sidebar a[data-lesson='02-eigenvalues.html'] .nav-exercises")).ToContainTextAsync("1/2");

        // Reset forgets lessons and exercises alike, on this page and the lesson's.
        await page.Locator(".progress-reset").ClickAsync();
        await Assertions.Expect(count).ToHaveTextAsync("0 of 4 lessons, 0 of 4 exercises done");
        Assert.Equal(0, await page.Locator(".nav-exercises").CountAsync());
        await page.GotoAsync(at("01-vectors.html"));
        await Assertions.Expect(Form(page, 0)).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator(".answer-done").CountAsync());
    }

    public void Dispose() => _offline.Dispose();
}
