using System.Net;
using System.Text.RegularExpressions;
using MathForML.Generator.Highlighting;

namespace MathForML.Tests.Highlighting;

public partial class CSharpHighlighterTests
{
    [GeneratedRegex("<span class=\"(tok-[a-z]+)\">|</span>")]
    private static partial Regex Tag();

    private static readonly HashSet<string> KnownClasses =
        ["tok-keyword", "tok-control", "tok-string", "tok-number", "tok-comment", "tok-preprocessor", "tok-type", "tok-method"];

    public static TheoryData<string> Snippets() => new()
    {
        "var x = 1;",
        "",
        "   \n\t\n",
        "using MathNet.Numerics.LinearAlgebra;\nvar A = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 } });\nDisplay(A * A.Transpose());\n",
        "// leading comment\r\nint Square(int n) => n * n; /* trailing\r\n block */\r\n",
        "/// <summary>Doc & more</summary>\npublic record Point(double X, double Y);\n",
        "var name = \"world\";\nConsole.WriteLine($\"Hello, {name.ToUpper()}! {1e-3:F2} {{literal}}\");\n",
        "var raw = \"\"\"\n  <tag attr=\"1\"> & raw\n  \"\"\";\nvar interp = $$\"\"\"\n  {{raw}} {not}\n  \"\"\";\n",
        "var v = @\"C:\\path\\\"\"quoted\"\"\";\nvar u = \"bytes\"u8;\nchar c = '\\n';",
        "#r \"nuget: MathNet.Numerics\"\n#nullable enable\n#if DEBUG\nvar hidden = 1;\n#endif\n",
        "async Task<int> Load() { await Task.Delay(1); return 42; }\nvar result = await Load();",
        "IEnumerable<int> Evens() { for (var i = 0; ; i += 2) { if (i > 10) yield break; yield return i; } }",
        "switch (x) { case 1: break; default: throw new InvalidOperationException(\"no\"); }\nvar y = x switch { > 0 => \"pos\", _ => \"neg\" };",
        "try { } catch (Exception e) when (e is ArgumentException) { } finally { }",
        "var half = new List<int> { 1, 2,\n// unfinished",
        "class C<T> where T : struct { T _value; public T Value { get => _value; init => _value = value; } }",
        "var q = from p in people where p.Age > 18 orderby p.Name select new { p.Name, Greek = \"σ² ≥ 0\" };",
        "x = 0x1F + 0b1010 + 1_000_000L + 3.5e-2f + 2m;",
        "😀 weird @ tokens `` \u0000 <script>",
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Stripping_tags_and_decoding_gives_back_the_input(string code)
    {
        var html = CSharpHighlighter.Highlight(code);

        Assert.Equal(code, WebUtility.HtmlDecode(Tag().Replace(html, "")));
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Spans_are_flat_balanced_and_use_known_classes(string code)
    {
        var html = CSharpHighlighter.Highlight(code);
        var open = false;
        foreach (Match tag in Tag().Matches(html))
        {
            var opening = tag.Groups[1].Success;
            Assert.NotEqual(open, opening);
            if (opening) Assert.Contains(tag.Groups[1].Value, KnownClasses);
            open = opening;
        }
        Assert.False(open);
        // Only our own tags: every other '<' in the code was encoded.
        Assert.Equal(Tag().Matches(html).Count, html.Count(c => c == '<'));
    }

    [Fact]
    public void Var_is_a_keyword_and_literals_are_numbers()
    {
        Assert.Equal(
            "<span class=\"tok-keyword\">var</span> x = <span class=\"tok-number\">1</span>;",
            CSharpHighlighter.Highlight("var x = 1;"));
    }

    [Fact]
    public void Control_flow_keywords_have_their_own_class()
    {
        Assert.Equal(
            "<span class=\"tok-control\">if</span> (a) <span class=\"tok-control\">return</span>;",
            CSharpHighlighter.Highlight("if (a) return;"));
    }

    [Fact]
    public void Types_and_invoked_methods_are_marked()
    {
        Assert.Equal(
            "<span class=\"tok-type\">Console</span>.<span class=\"tok-method\">WriteLine</span>(<span class=\"tok-string\">\"hi\"</span>);",
            CSharpHighlighter.Highlight("Console.WriteLine(\"hi\");"));
    }

    [Fact]
    public void Generic_types_and_their_arguments_are_types()
    {
        Assert.Equal(
            "<span class=\"tok-keyword\">var</span> m = <span class=\"tok-type\">Matrix</span>&lt;<span class=\"tok-type\">double</span>&gt;.Build.<span class=\"tok-method\">Dense</span>(<span class=\"tok-number\">2</span>, <span class=\"tok-number\">2</span>);",
            CSharpHighlighter.Highlight("var m = Matrix<double>.Build.Dense(2, 2);"));
    }

    [Fact]
    public void Object_creation_names_a_type()
    {
        Assert.Contains(
            "<span class=\"tok-keyword\">new</span> <span class=\"tok-type\">Random</span>(<span class=\"tok-number\">42</span>)",
            CSharpHighlighter.Highlight("var rng = new Random(42);"));
    }

    [Fact]
    public void Declared_types_and_methods_are_marked_at_their_declaration()
    {
        var html = CSharpHighlighter.Highlight("record Point(double X, double Y);\ndouble Norm(Point p) => Math.Sqrt(p.X * p.X);");

        Assert.StartsWith("<span class=\"tok-keyword\">record</span> <span class=\"tok-type\">Point</span>(", html);
        Assert.Contains("<span class=\"tok-type\">double</span> <span class=\"tok-method\">Norm</span>(<span class=\"tok-type\">Point</span> p)", html);
        Assert.Contains("<span class=\"tok-type\">Math</span>.<span class=\"tok-method\">Sqrt</span>(p.X", html);
    }

    [Fact]
    public void Lower_case_receivers_and_variables_are_not_types()
    {
        var html = CSharpHighlighter.Highlight("var Data = new int[3];\nDisplay(Data.Length);\nlist.Add(1);");

        Assert.Contains("<span class=\"tok-method\">Display</span>(Data.Length)", html);
        Assert.Contains("list.<span class=\"tok-method\">Add</span>(", html);
    }

    [Fact]
    public void Interpolation_holes_are_code_between_string_parts()
    {
        Assert.Equal(
            "<span class=\"tok-string\">$\"a </span>{x.<span class=\"tok-method\">F</span>()}<span class=\"tok-string\"> b\"</span>",
            CSharpHighlighter.Highlight("$\"a {x.F()} b\""));
    }

    [Fact]
    public void Raw_strings_are_one_string_span()
    {
        var html = CSharpHighlighter.Highlight("var s = \"\"\"\n  x < y\n  \"\"\";");

        Assert.Contains("<span class=\"tok-string\">\"\"\"\n  x &lt; y\n  \"\"\"</span>", html);
    }

    [Fact]
    public void Comments_and_directives_exclude_their_line_break()
    {
        Assert.Equal(
            "<span class=\"tok-preprocessor\">#nullable enable</span>\n<span class=\"tok-comment\">// note</span>\n<span class=\"tok-type\">int</span> a;",
            CSharpHighlighter.Highlight("#nullable enable\n// note\nint a;"));
    }

    [Fact]
    public void Doc_comments_are_comments()
    {
        Assert.StartsWith("<span class=\"tok-comment\">/// &lt;summary&gt;x&lt;/summary&gt;</span>\n", CSharpHighlighter.Highlight("/// <summary>x</summary>\nint F() => 1;"));
    }

    [Fact]
    public void Contextual_keywords_are_keywords_only_where_they_act_as_keywords()
    {
        var html = CSharpHighlighter.Highlight("async Task F() { await G(); }\nint await2 = 1; var record = 2;");

        Assert.StartsWith("<span class=\"tok-keyword\">async</span> <span class=\"tok-type\">Task</span>", html);
        Assert.Contains("<span class=\"tok-keyword\">await</span> <span class=\"tok-method\">G</span>()", html);
        Assert.Contains("<span class=\"tok-keyword\">var</span> record = ", html);
    }

    [Fact]
    public void Default_is_control_flow_only_as_a_switch_label()
    {
        var html = CSharpHighlighter.Highlight("switch (a) { default: break; }\nint b = default;");

        Assert.Contains("<span class=\"tok-control\">default</span>:", html);
        Assert.Contains("= <span class=\"tok-keyword\">default</span>;", html);
    }

    [Fact]
    public void Yield_return_is_control_flow()
    {
        Assert.Contains(
            "<span class=\"tok-control\">yield</span> <span class=\"tok-control\">return</span>",
            CSharpHighlighter.Highlight("IEnumerable<int> F() { yield return 1; }"));
    }

    [Fact]
    public void Html_special_characters_are_encoded()
    {
        Assert.Equal(
            "a &lt; b &amp;&amp; c &gt; d",
            CSharpHighlighter.Highlight("a < b && c > d"));
    }
}
