using MathForML.Bench;
using MathForML.Tests.Support;

namespace MathForML.Tests.Bench;

public class CourseScalerTests
{
    private const string Lesson = """
        ---
        title: Vectors
        order: 1
        phase: Linear Algebra
        prerequisites: [00_Start]
        ---
        Read [the start](00_Start.md). The order: of things; title: is prose.
        """;

    [Fact]
    public void Front_matter_of_a_copy_gets_its_own_order_and_title_and_keeps_the_body()
    {
        var copy = CourseScaler.RewriteFrontMatter(Lesson.ReplaceLineEndings("\n"), copy: 3, stride: 100);
        Assert.Equal("""
            ---
            title: Vectors (copy 3)
            order: 201
            phase: Linear Algebra
            prerequisites: [00_Start]
            ---
            Read [the start](00_Start.md). The order: of things; title: is prose.
            """.ReplaceLineEndings("\n"), copy);
    }

    [Theory]
    [InlineData("title: \"A: B\"", "title: \"A: B (copy 2)\"")]
    [InlineData("title: 'A'", "title: 'A (copy 2)'")]
    public void A_quoted_title_keeps_its_quotes(string title, string expected)
    {
        var copy = CourseScaler.RewriteFrontMatter($"---\n{title}\norder: 4\nphase: P\n---\nBody\n", copy: 2, stride: 100);
        Assert.Contains(expected + "\n", copy);
        Assert.Contains("order: 104\n", copy);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(18, 100)]
    [InlineData(99, 100)]
    [InlineData(100, 200)]
    public void The_order_stride_clears_every_original(int maxOrder, int stride) => Assert.Equal(stride, CourseScaler.OrderStride(maxOrder));

    [Fact]
    public void A_snapshot_copy_names_the_copy()
    {
        var snapshot = "# Cell outputs of input/01_A.md\n# Verified snapshot\n\n## cell 1: x\n[value int]\n1\n";
        Assert.Equal("# Cell outputs of input/01_A_Copy2.md\n# Verified snapshot\n\n## cell 1: x\n[value int]\n1\n",
            CourseScaler.RewriteSnapshot(snapshot, "input/01_A.md", "input/01_A_Copy2.md"));
    }

    [Fact]
    public async Task A_course_scaled_4_times_loads_without_a_diagnostic()
    {
        using var course = new FixtureCourse()
            .WithLesson("00_Start", 0, "Start.")
            .With("01_Vectors.md", Lesson)
            .With("notes.md", "---\ntitle: Notes\n---\nA page, not copied.\n")
            .WithFile("input/projects/Project_01_Faces.md", "---\ntitle: Faces\norder: 1\nprerequisites: [01_Vectors]\n---\nSee [vectors](../01_Vectors.md).\n")
            .WithFile("tests/snapshots/01_Vectors.verified.txt", "# Cell outputs of input/01_Vectors.md\n\n## cell 1: x\n(no output)\n");

        var scaled = CourseScaler.Scale(course.Root, 4);

        Assert.Equal((8, 4), (scaled.Lessons, scaled.Projects));
        var result = await course.LoadAsync();
        Assert.Empty(result.Course.Diagnostics);
        Assert.Equal(8, result.Course.Lessons.Length);
        Assert.Equal(4, result.Course.Projects.Length);
        Assert.Single(result.Course.Pages);
        Assert.Equal(["00_Start", "01_Vectors", "00_Start_Copy2", "01_Vectors_Copy2", "00_Start_Copy3", "01_Vectors_Copy3", "00_Start_Copy4", "01_Vectors_Copy4"],
            result.Course.Lessons.Select(l => l.Name));
        Assert.Equal("Vectors (copy 4)", result.Course.Lessons.Single(l => l.Name == "01_Vectors_Copy4").Front.Title);
        Assert.Equal("Faces (copy 2)", result.Course.Projects.Single(p => p.Name == "Project_01_Faces_Copy2").Front.Title);
        Assert.StartsWith("# Cell outputs of input/01_Vectors_Copy3.md\n", File.ReadAllText(Path.Combine(course.Root, "tests", "snapshots", "01_Vectors_Copy3.verified.txt")));
        Assert.False(File.Exists(Path.Combine(course.Root, "tests", "snapshots", "00_Start_Copy2.verified.txt")));
    }
}
