namespace MathForML.Tests.LessonProjects;

/// <summary>How the cells of a lesson (script submissions, a notebook) become one top-level program.</summary>
public class ProgramWriterTests
{
    private static (string, string) Run(string code) => ("run", code);

    private static void Has(string expected, string program) =>
        Assert.True(program.Contains(expected, StringComparison.Ordinal), $"expected to find:\n{expected}\n\nin:\n{program}");

    [Fact]
    public void Cells_follow_each_other_under_a_comment_with_their_line_in_the_lesson()
    {
        var program = Convert.CompilingProgram(Run("var a = 1;"), ("run hide", "var b = a + 1;"), Run("Console.WriteLine(a + b);"));
        Has("// Test Lesson: the code of input/01_Test.md, cell by cell, as one program.", program);
        // The front matter takes 5 lines and a blank one; each cell's code starts below its fence.
        Has("// input/01_Test.md, line 10\nvar a = 1;\n", program);
        Has("// input/01_Test.md, line 16 (a setup cell: the page shows only its output)\nvar b = a + 1;\n", program);
        Has("// input/01_Test.md, line 22\nConsole.WriteLine(a + b);\n", program);
    }

    [Fact]
    public void A_trailing_expression_is_displayed_and_a_trailing_call_without_a_value_just_ends()
    {
        var program = Convert.CompilingProgram(
            Run("var m = Matrix<double>.Build.DenseIdentity(2);\nm * 2   // doubled"),
            Run("Console.WriteLine(\"done\")"));
        Has("Display(m * 2);   // doubled\n", program);
        Has("Console.WriteLine(\"done\");\n", program);
        Assert.DoesNotContain("Display(Console", program);
    }

    [Fact]
    public void An_answer_cell_prints_its_expected_answer_with_the_fence_tolerance()
    {
        var program = Convert.CompilingProgram(
            Run("double Half(double x) => x / 2;"),
            ("answer", "Half(3.2)"),
            ("answer tolerance=0.01", "new[] { 1.0, 2.0 }"),
            ("answer", "Answer.Choice([\"yes\", \"no\"], \"no\")"));
        Has("(an exercise's answer: the page checks what the reader types against it)\nDisplayAnswer(Half(3.2), null);\n", program);
        Has("DisplayAnswer(new[] { 1.0, 2.0 }, 0.01);\n", program);
        Has("DisplayAnswer(Answer.Choice([\"yes\", \"no\"], \"no\"), null);\n", program);
    }

    [Fact]
    public void A_multi_line_trailing_expression_keeps_its_layout()
    {
        var program = Convert.CompilingProgram(Run("Chart.Line([0.0, 1], [0.0, 1])\n    .WithTitle(\"t\")\n    .WithXAxisTitle(\"x\")"));
        Has("Display(Chart.Line([0.0, 1], [0.0, 1])\n    .WithTitle(\"t\")\n    .WithXAxisTitle(\"x\"));\n", program);
    }

    [Fact]
    public void A_variable_declared_again_is_renamed_from_that_cell_on_and_earlier_uses_keep_the_first()
    {
        var program = Convert.CompilingProgram(
            Run("var x = 1;\nint Twice() => 2 * x;"),
            Run("var x = \"text\";\nConsole.WriteLine(x.Length + Twice());"),
            Run("x = x + \"!\";"),
            Run("var (x, y) = (3.5, 1);\nConsole.WriteLine(x + y);"));
        Has("var x = 1;\nint Twice() => 2 * x;\n", program);
        Has("// Declared again here, so renamed from here on: x is x_2.\nvar x_2 = \"text\";\nConsole.WriteLine(x_2.Length + Twice());\n", program);
        Has("x_2 = x_2 + \"!\";\n", program);
        Has("var (x_3, y) = (3.5, 1);\nConsole.WriteLine(x_3 + y);\n", program);
    }

    [Fact]
    public void Renaming_avoids_names_the_lesson_already_uses_and_keeps_anonymous_members_named()
    {
        var program = Convert.CompilingProgram(
            Run("var p = 1;\nvar p_2 = 2;"),
            Run("var p = 3.0;\nDisplay(new[] { new { p, Twice = 2 * p } });"));
        Has("var p_3 = 3.0;\nDisplay(new[] { new { p = p_3, Twice = 2 * p_3 } });", program);
    }

    [Fact]
    public void A_loop_or_query_variable_that_would_clash_with_a_top_level_name_is_renamed()
    {
        // Legal in a script (the top-level i is a field), not in one block of statements.
        var program = Convert.CompilingProgram(
            Run("for (var i = 0; i < 2; i++) Console.WriteLine(i);"),
            Run("var i = 10;\nvar squares = from k in new[] { 1, 2 } select k * k;\nforeach (var k in squares) Console.WriteLine(k + i);"),
            Run("var k = 0;\nFunc<int, int> f = i => i + 1;\nConsole.WriteLine(f(k));"));
        Has("for (var i_2 = 0; i_2 < 2; i_2++) Console.WriteLine(i_2);", program);
        Has("var i = 10;", program);
        Has("from k_2 in new[] { 1, 2 } select k_2 * k_2;\nforeach (var k_3 in squares) Console.WriteLine(k_3 + i);", program);
        Has("var k = 0;\nFunc<int, int> f = i => i + 1;", program); // a lambda may shadow
    }

    [Fact]
    public void Methods_become_local_functions_in_place_and_overloads_get_names_of_their_own()
    {
        var program = Convert.CompilingProgram(
            Run("public static double Square(double v) => v * v;\nprivate int Square(int v) => v * v;\nConsole.WriteLine(Square(1.5) + Square(2));"),
            Run("double Square(double v) => v * v * 1.0;\nConsole.WriteLine(Square(3));"));
        Has("static double Square(double v) => v * v;\nint Square_2(int v) => v * v;\nConsole.WriteLine(Square(1.5) + Square_2(2));", program);
        // The script binds Square(3) to the best overload of all cells, the first cell's int one.
        Has("double Square_3(double v) => v * v * 1.0;\nConsole.WriteLine(Square_2(3));", program);
    }

    [Fact]
    public void A_method_that_uses_a_variable_declared_below_it_moves_below_the_cell()
    {
        var program = Convert.CompilingProgram(Run("double Scaled(double v) => v * factor;\nvar factor = 2.0;\nConsole.WriteLine(Scaled(3));"));
        Has("var factor = 2.0;\nConsole.WriteLine(Scaled(3));\ndouble Scaled(double v) => v * factor;\n", program);
    }

    [Fact]
    public void Types_move_after_the_statements_and_using_directives_to_the_top()
    {
        var program = Convert.CompilingProgram(
            Run("using System.Text;\nrecord Point(double X, double Y);\nvar p = new Point(1, 2);\nvar text = new StringBuilder().Append(p.X);"),
            Run("enum Kind { A, B }\nConsole.WriteLine(Kind.B + \" \" + text);"));
        var usingAt = program.IndexOf("\nusing System.Text;\n", StringComparison.Ordinal);
        var statementsAt = program.IndexOf("var p = new Point(1, 2);", StringComparison.Ordinal);
        var typesAt = program.IndexOf("// The types the cells declare", StringComparison.Ordinal);
        Assert.True(usingAt > 0 && usingAt < statementsAt && statementsAt < typesAt, program);
        Has("// input/01_Test.md, line 11\nrecord Point(double X, double Y);\n", program);
        Has("// input/01_Test.md, line 19\nenum Kind { A, B }\n", program);
    }

    [Fact]
    public void A_throws_cell_runs_in_a_try_block_that_displays_the_exception_and_goes_on()
    {
        var program = Convert.CompilingProgram(
            Run("var v = Vector<double>.Build.Dense(2);"),
            ("run throws", "int Check(int n) => n > 0 ? n : throw new ArgumentException(\"n must be positive\");\nCheck(-1)"),
            Run("Console.WriteLine(Check(2));"));
        Has("""
            // input/01_Test.md, line 16 (this cell throws on purpose: the program prints the exception and goes on)
            int Check(int n) => n > 0 ? n : throw new ArgumentException("n must be positive");
            try
            {
                Display(Check(-1));
            }
            catch (Exception exception)
            {
                DisplayException(exception);
            }
            """.ReplaceLineEndings("\n"), program);
    }

    [Fact]
    public void Indenting_a_throws_cell_leaves_the_text_of_multi_line_strings_alone()
    {
        var program = Convert.CompilingProgram(("run throws", "var text = @\"first\nsecond\";\nthrow new InvalidOperationException(text);"));
        Has("try\n{\n    var text = @\"first\nsecond\";\n    throw new InvalidOperationException(text);\n}", program);
    }

    [Fact]
    public void A_throws_cell_whose_variable_a_later_cell_uses_has_no_project()
    {
        var problem = Convert.Problem(
            ("run throws", "var limit = 3;\nthrow new InvalidOperationException(\"no\");"),
            Run("Console.WriteLine(limit);"));
        Assert.Equal(0, problem.ProblemCell);
        Assert.Contains("'limit'", problem.Problem);
    }

    [Fact]
    public void Reference_directives_are_reported_not_converted()
    {
        var problem = Convert.Problem(Run("var a = 1;"), Run("#r \"System.Drawing\"\nvar b = 2;"));
        Assert.Equal(1, problem.ProblemCell);
        Assert.Contains("#r", problem.Problem);
    }
}
