using AngleSharp.Html.Parser;
using MathForML.Generator.Model;
using MathForML.Tests.Support;

namespace MathForML.Tests.Projects;

/// <summary>
/// A course with two lessons and a guided project in <c>input/projects/</c>, built by the whole
/// pipeline: the project runs its cells (the reference solution inside a collapsed block too), has
/// its own page, header and download, is listed in the sidebar and on the home page, and links both
/// ways with the lessons it applies.
/// </summary>
public sealed class ProjectPageTests(ProjectPageTests.BuiltCourse built) : IClassFixture<ProjectPageTests.BuiltCourse>
{
    public sealed class BuiltCourse : BuiltFixtureCourse
    {
        protected override void Write(FixtureCourse course)
        {
            course.WithLesson("01_Lines", 1, """
                ## Slope

                A line has a slope. Put it to work in [the fitting project](projects/Project_01_Tiny_Fit.md#milestone-1-the-data).
                """)
                .WithLesson("02_Squares", 2, "## Least squares\n\nMinimise the squared residuals.\n")
                .WithLesson("03_Unrelated", 3, "## Elsewhere\n\nNo project uses this lesson.\n")
                .WithFile("input/projects/Project_01_Tiny_Fit.md", """
                    ---
                    title: Tiny Fit
                    order: 1
                    level: beginner
                    prerequisites: [01_Lines, 02_Squares]
                    objectives:
                      - Fit a line by least squares
                    ---

                    Fit a line to three points, using the [slope](../01_Lines.md#slope).

                    ## Milestone 1: the data

                    ```csharp run
                    double[] xs = [0, 1, 2];
                    double[] ys = [1, 3, 5];
                    Console.WriteLine($"{xs.Length} points");
                    ```

                    **Task.** Compute the slope.

                    <details><summary>Reference solution</summary>

                    ```csharp run
                    var slope = (ys[2] - ys[0]) / (xs[2] - xs[0]);
                    Console.WriteLine($"slope = {slope}");
                    ```

                    </details>
                    """);
        }
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => Parse(built.Course.ReadOutput(path));

    [Fact]
    public void The_build_succeeds_with_the_project_loaded_as_a_project()
    {
        var course = built.Result.Course;
        Assert.False(course.HasErrors, string.Join("\n", course.Diagnostics));
        var project = Assert.Single(course.Projects);
        Assert.Equal("Project_01_Tiny_Fit", project.Name);
        Assert.Equal(DocumentKind.Project, project.Kind);
        Assert.Equal("Projects", project.Front.Phase);
        Assert.Equal(3, course.Lessons.Length);
    }

    [Fact]
    public void The_reference_solution_runs_in_the_shared_session_and_shows_inside_its_collapsed_block()
    {
        var page = Page("project-01-tiny-fit.html");
        var details = page.QuerySelectorAll("details").Single(d => d.QuerySelector("summary")?.TextContent == "Reference solution");
        Assert.False(details.HasAttribute("open"));
        Assert.Contains("slope = 2", details.TextContent);
        Assert.Contains("3 points", page.Body!.TextContent);
        var snapshot = File.ReadAllText(Path.Combine(built.Course.Snapshots, "Project_01_Tiny_Fit.verified.txt"));
        Assert.Contains("slope = 2", snapshot);
    }

    [Fact]
    public void The_project_header_says_project_and_links_the_lessons_it_applies()
    {
        var page = Page("project-01-tiny-fit.html");
        Assert.Contains("Project 1", page.QuerySelector(".lesson-meta")!.TextContent);
        var applies = page.QuerySelector(".lesson-header .prerequisites")!;
        Assert.Equal("Lessons it applies", applies.QuerySelector(".prerequisites-label")!.TextContent);
        Assert.Equal(["01-lines.html", "02-squares.html"], applies.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.StartsWith("After this project you can", page.QuerySelector(".objectives-title")!.TextContent);
        Assert.Equal("index.html#projects", page.QuerySelectorAll(".breadcrumb a")[1].GetAttribute("href"));
        // A project is not a lesson to mark done, and its links into lessons resolve from its folder.
        Assert.Null(page.QuerySelector(".lesson-done"));
        Assert.NotNull(page.QuerySelector("a[href='01-lines.html#slope']"));
    }

    [Fact]
    public void Lessons_link_back_to_the_projects_that_apply_them()
    {
        var lines = Page("01-lines.html");
        var appliedIn = lines.QuerySelector(".lesson-header .applied-in")!;
        Assert.Equal("Projects that apply it", appliedIn.QuerySelector(".prerequisites-label")!.TextContent);
        Assert.Equal("project-01-tiny-fit.html", appliedIn.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(lines.QuerySelector("a[href='project-01-tiny-fit.html#milestone-1-the-data']"));
        Assert.Null(Page("03-unrelated.html").QuerySelector(".applied-in"));
    }

    [Fact]
    public void The_sidebar_and_home_page_list_the_projects_apart_from_the_lessons()
    {
        var home = Page("index.html");
        var link = home.QuerySelector(".nav-projects a[href='project-01-tiny-fit.html']")!;
        Assert.Equal("P1", link.QuerySelector(".nav-num")!.TextContent);
        // Progress counts lessons only.
        Assert.False(link.HasAttribute("data-lesson"));
        var section = home.QuerySelector("section#projects")!;
        var card = section.QuerySelector(".project-card")!;
        Assert.Equal("Tiny Fit", card.QuerySelector(".lesson-card-title a")!.TextContent.Replace("Project 1: ", ""));
        Assert.Equal(["01-lines.html", "02-squares.html"], card.QuerySelectorAll(".project-card-lessons a").Select(a => a.GetAttribute("href")));
        Assert.Contains("1 guided project", home.QuerySelector(".hero-stats")!.TextContent);
        Assert.Contains("3 lessons", home.QuerySelector(".hero-stats")!.TextContent);
    }

    [Fact]
    public void Projects_page_through_projects_and_lessons_through_lessons()
    {
        var project = Page("project-01-tiny-fit.html");
        Assert.Null(project.QuerySelector(".pager"));
        var last = Page("03-unrelated.html");
        Assert.Null(last.QuerySelector(".pager-next"));
    }

    [Fact]
    public void The_project_has_a_download_and_a_place_in_the_print_edition()
    {
        Assert.True(File.Exists(Path.Combine(built.Course.Output, "downloads", "lessons", "project-01-tiny-fit.zip")));
        Assert.Contains("download this project as a console project", Page("project-01-tiny-fit.html").QuerySelector(".lesson-download")!.TextContent);
        var print = Page("print.html");
        var entry = print.QuerySelectorAll(".print-toc > li > a").Last();
        Assert.Equal("P1", entry.QuerySelector(".print-toc-number")!.TextContent);
        Assert.Equal("#project-01-tiny-fit", entry.GetAttribute("href"));
        Assert.Contains("3 lessons · 1 guided project", print.QuerySelector(".print-meta")!.TextContent);
        // The lesson's link into the project stays inside the print edition.
        Assert.NotNull(print.QuerySelector("a[href='#project-01-tiny-fit-milestone-1-the-data']"));
    }
}
