using System.Text.Json;
using AngleSharp.Html.Parser;
using MathForML.Tests.Support;

namespace MathForML.Tests.Exercises;

/// <summary>
/// A course with checked exercises built by the whole pipeline: the lesson page has a form per
/// checked exercise carrying its key, the sidebar and home page know how many there are, the print
/// edition and the snapshot show what they should.
/// </summary>
public sealed class CheckedExerciseHtmlTests(CheckedExerciseHtmlTests.BuiltCourse built) : IClassFixture<CheckedExerciseHtmlTests.BuiltCourse>
{
    public sealed class BuiltCourse : BuiltFixtureCourse
    {
        protected override void Write(FixtureCourse course)
        {
            course.WithLesson("01_Ratios", 1, """
                ## Exercises

                ```csharp run hide
                double Ratio(double a, double b) => a / b;
                ```

                > [!EXERCISE]
                > **1. A ratio.** Type $8/5$ as a decimal.

                ```csharp answer
                Ratio(8, 5)
                ```

                <details><summary>Hint</summary>

                Divide.

                </details>

                <details><summary>Solution</summary>

                $8/5 = 1.6$.

                </details>

                > [!EXERCISE]
                > **2. Unchecked.** Explain ratios.

                > [!EXERCISE]
                > **3. A choice.** Which is larger?

                ```csharp answer
                Answer.Choice(["8/5", "5/8"], "8/5")
                ```

                <details><summary>Solution</summary>

                $8/5$.

                </details>
                """).WithLesson("02_Plain", 2, "## Nothing to check\n\nProse.\n");
        }
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void The_build_succeeds()
    {
        Assert.False(built.Result.Course.HasErrors, string.Join("\n", built.Result.Course.Diagnostics));
    }

    [Fact]
    public void A_checked_exercise_has_a_hidden_labelled_form_with_its_key_right_after_the_callout()
    {
        var page = Parse(built.Course.ReadOutput("01-ratios.html"));
        var forms = page.QuerySelectorAll("form.exercise-check");
        Assert.Equal(2, forms.Length);
        var number = forms[0];
        Assert.True(number.HasAttribute("hidden"));
        Assert.Equal("01-ratios#1", number.GetAttribute("data-exercise"));
        Assert.Contains("callout-exercise", number.PreviousElementSibling!.ClassName);
        using (var key = JsonDocument.Parse(number.GetAttribute("data-answer")!))
        {
            Assert.Equal("number", key.RootElement.GetProperty("kind").GetString());
            Assert.Equal(1.6, key.RootElement.GetProperty("values")[0].GetDouble());
            Assert.Equal(1e-3, key.RootElement.GetProperty("relative").GetDouble());
        }
        var input = number.QuerySelector("input.answer-input")!;
        var label = number.QuerySelector("label[for='" + input.Id + "']")!;
        Assert.StartsWith("Your answer", label.TextContent);
        Assert.Contains("a number", label.TextContent);
        Assert.Equal("off", input.GetAttribute("autocomplete"));
        Assert.Equal("submit", number.QuerySelector("button")!.GetAttribute("type"));
        var feedback = number.QuerySelector(".answer-feedback")!;
        Assert.Equal("status", feedback.GetAttribute("role"));
        Assert.Equal("polite", feedback.GetAttribute("aria-live"));
        // The answer cell's code is not on the page.
        Assert.DoesNotContain("Ratio(8, 5)", page.Body!.TextContent);
    }

    [Fact]
    public void A_choice_is_a_fieldset_of_radio_buttons()
    {
        var page = Parse(built.Course.ReadOutput("01-ratios.html"));
        var choice = page.QuerySelectorAll("form.exercise-check")[1];
        Assert.Equal("01-ratios#3", choice.GetAttribute("data-exercise"));
        Assert.StartsWith("Your answer", choice.QuerySelector("fieldset > legend")!.TextContent);
        var radios = choice.QuerySelectorAll("input[type=radio]");
        Assert.Equal(["8/5", "5/8"], radios.Select(r => r.ParentElement!.TextContent.Trim()));
        Assert.All(radios, r => Assert.Equal("answer-3", r.GetAttribute("name")));
        using var key = JsonDocument.Parse(choice.GetAttribute("data-answer")!);
        Assert.Equal(0, key.RootElement.GetProperty("correct").GetInt32());
    }

    [Fact]
    public void The_sidebar_and_home_page_know_the_checked_exercises()
    {
        var home = Parse(built.Course.ReadOutput("index.html"));
        Assert.Equal("01-ratios#1 01-ratios#3", home.QuerySelector(".home-progress")!.GetAttribute("data-exercises"));
        var lesson = home.QuerySelector("a[data-lesson='01-ratios.html']")!;
        Assert.Equal("2", lesson.GetAttribute("data-exercises"));
        Assert.False(home.QuerySelector("a[data-lesson='02-plain.html']")!.HasAttribute("data-exercises"));
    }

    [Fact]
    public void The_print_edition_has_no_forms_and_keeps_the_solutions()
    {
        var print = Parse(built.Course.ReadOutput("print.html"));
        Assert.Empty(print.QuerySelectorAll("form"));
        Assert.Contains(print.QuerySelectorAll("summary"), s => s.TextContent == "Solution");
    }

    [Fact]
    public void The_snapshot_records_the_keys()
    {
        var snapshot = File.ReadAllText(Path.Combine(built.Course.Snapshots, "01_Ratios.verified.txt"));
        Assert.Contains("## cell 2: Ratio(8, 5)\n[answer number]\n1.6 (± 0.0016)\n", snapshot);
        Assert.Contains("[answer choice]\n✓ 8/5\n  5/8\n", snapshot);
    }
}
