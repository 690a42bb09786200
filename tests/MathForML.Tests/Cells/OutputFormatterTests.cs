using MathForML.Cells.Charts;
using MathForML.Cells.Formatting;
using MathForML.Cells.Outputs;
using MathNet.Numerics.LinearAlgebra;
using Complex = System.Numerics.Complex;

namespace MathForML.Tests.Cells;

public class OutputFormatterTests
{
    public sealed record Sample(string Name, double Score, int Rank);

    public sealed record Holder(string Label, int[] Values);

    public class Base
    {
        public int First { get; init; }
    }

    public sealed class Derived : Base
    {
        public int Second { get; init; }
        public int Third;
    }

    private static TableOutput Table(object? value) => Assert.IsType<TableOutput>(OutputFormatter.Format(value));

    private static ValueOutput Value(object? value) => Assert.IsType<ValueOutput>(OutputFormatter.Format(value));

    [Fact]
    public void Null_shows_nothing()
    {
        Assert.Null(OutputFormatter.Format(null));
    }

    [Fact]
    public void Cell_outputs_pass_through_unchanged()
    {
        var output = new TextOutput("hi");
        Assert.Same(output, OutputFormatter.Format(output));
    }

    [Fact]
    public void Charts_become_chart_outputs_with_their_title()
    {
        var chart = Chart.Line([0, 1], [1, 0]).WithTitle("Down");

        var output = Assert.IsType<ChartOutput>(OutputFormatter.Format(chart));

        Assert.Equal(chart.ToFigureJson(), output.FigureJson);
        Assert.Equal("Down", output.Title);
    }

    [Theory]
    [InlineData(0.1, "double", "0.1")]
    [InlineData(42, "int", "42")]
    [InlineData(-7L, "long", "-7")]
    [InlineData(true, "bool", "true")]
    [InlineData(false, "bool", "false")]
    [InlineData('x', "char", "x")]
    [InlineData((byte)7, "byte", "7")]
    public void Scalars_show_as_invariant_text_with_their_csharp_type_name(object value, string typeName, string text)
    {
        Assert.Equal(new ValueOutput(typeName, text), Value(value));
    }

    [Fact]
    public void Doubles_round_trip_and_special_values_use_symbols()
    {
        Assert.Equal("0.30000000000000004", Value(0.1 + 0.2).Text);
        Assert.Equal("∞", Value(double.PositiveInfinity).Text);
        Assert.Equal("0", Value(-0.0).Text);
    }

    [Fact]
    public void Floats_and_decimals_are_formatted_as_themselves()
    {
        Assert.Equal(new ValueOutput("float", "0.1"), Value(0.1f));
        Assert.Equal(new ValueOutput("decimal", "1.50"), Value(1.50m));
    }

    [Fact]
    public void Complex_numbers_show_as_a_plus_bi()
    {
        Assert.Equal(new ValueOutput("Complex", "1 + 2i"), Value(new Complex(1, 2)));
        Assert.Equal("0.5 - 0.25i", Value(new Complex(0.5, -0.25)).Text);
    }

    [Fact]
    public void Strings_are_shown_raw()
    {
        Assert.Equal(new ValueOutput("string", "a \"quoted\"\nline"), Value("a \"quoted\"\nline"));
    }

    [Fact]
    public void Other_objects_use_their_ToString_and_anonymous_types_are_named_so()
    {
        Assert.Equal(new ValueOutput("Sample", "Sample { Name = a, Score = 1.5, Rank = 2 }"), Value(new Sample("a", 1.5, 2)));
        Assert.Equal("anonymous", Value(new { A = 1 }).TypeName);
        Assert.Equal("(int, string)", Value((1, "a")).TypeName);
    }

    [Fact]
    public void Matrix_becomes_a_table_with_row_and_column_indices()
    {
        var matrix = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2.5, 1.0 / 3 }, { -4, 0, 1e10 } });

        var table = Table(matrix);

        Assert.Equal("Matrix 2×3", table.Caption);
        Assert.True(table.RowHeaders);
        Assert.Equal(["", "0", "1", "2"], table.Columns);
        Assert.Equal(["0", "1", "2.5", "0.333333"], table.Rows[0]);
        Assert.Equal(["1", "-4", "0", "1E+10"], table.Rows[1]);
    }

    [Fact]
    public void Large_matrix_keeps_its_corners_and_elides_the_middle()
    {
        var matrix = Matrix<double>.Build.Dense(20, 15, (i, j) => i * 100 + j);

        var table = Table(matrix);

        Assert.Equal("Matrix 20×15", table.Caption);
        Assert.Equal(["", "0", "1", "2", "3", "4", "…", "11", "12", "13", "14"], table.Columns);
        Assert.Equal(6 + 1 + 5, table.Rows.Count);
        Assert.Equal(["0", "1", "2", "3", "4", "5", "15", "16", "17", "18", "19"], table.Rows.Select(r => r[0]).Where(h => h != "⋮").ToArray());
        Assert.All(table.Rows[6], cell => Assert.Equal("⋮", cell));
        Assert.Equal(["19", "1900", "1901", "1902", "1903", "1904", "…", "1911", "1912", "1913", "1914"], table.Rows[^1]);
        Assert.All(table.Rows, row => Assert.Equal(table.Columns.Count, row.Count));
    }

    [Fact]
    public void Matrix_at_the_limits_is_not_elided()
    {
        var table = Table(Matrix<double>.Build.Dense(12, 10));

        Assert.Equal(12, table.Rows.Count);
        Assert.Equal(11, table.Columns.Count);
        Assert.DoesNotContain("…", table.Columns);
    }

    [Fact]
    public void Two_dimensional_arrays_are_tables_captioned_with_their_shape()
    {
        var table = Table(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } });

        Assert.Equal("double[2×3]", table.Caption);
        Assert.True(table.RowHeaders);
        Assert.Equal(["", "0", "1", "2"], table.Columns);
        Assert.Equal(["1", "4", "5", "6"], table.Rows[1]);
        Assert.Equal("int[1×1]", Table(new int[1, 1]).Caption);
    }

    [Fact]
    public void Vector_is_a_one_row_table_headed_by_indices()
    {
        var table = Table(Vector<double>.Build.DenseOfArray([1, 0.5, -2]));

        Assert.Equal("Vector 3", table.Caption);
        Assert.False(table.RowHeaders);
        Assert.Equal(["0", "1", "2"], table.Columns);
        Assert.Equal(["1", "0.5", "-2"], Assert.Single(table.Rows));
    }

    [Fact]
    public void Long_vector_shows_its_first_8_and_last_7_entries()
    {
        var table = Table(Vector<double>.Build.Dense(20, i => i));

        Assert.Equal("Vector 20", table.Caption);
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "7", "…", "13", "14", "15", "16", "17", "18", "19"], table.Columns);
        Assert.Equal(table.Columns, Assert.Single(table.Rows));
        Assert.Equal(16, Table(Vector<double>.Build.Dense(16)).Columns.Count);
    }

    [Fact]
    public void Arrays_of_numbers_are_bracketed_text()
    {
        Assert.Equal(new ValueOutput("double[]", "[1, 2.5, 3]"), Value(new[] { 1, 2.5, 3 }));
        Assert.Equal(new ValueOutput("List<int>", "[1, 2]"), Value(new List<int> { 1, 2 }));
        Assert.Equal("[]", Value(Array.Empty<int>()).Text);
    }

    [Fact]
    public void Strings_in_a_sequence_are_quoted()
    {
        Assert.Equal("[\"a\", \"\", \"b\\\"c\"]", Value(new[] { "a", "", "b\"c" }).Text);
    }

    [Fact]
    public void Long_sequences_stop_after_100_items_and_give_the_count()
    {
        var text = Value(Enumerable.Range(0, 150).ToArray()).Text;

        Assert.StartsWith("[0, 1, 2, ", text);
        Assert.EndsWith(", 98, 99, …] (150 items)", text);
        Assert.Equal(100, text.Split(", ").Length - 1); // 100 numbers and the "…"
    }

    [Fact]
    public void Lazy_sequences_are_named_by_the_interface_and_read_once()
    {
        var reads = 0;
        var lazy = Enumerable.Range(1, 3).Select(i => { reads++; return i * 2; });

        var output = Value(lazy);

        Assert.Equal(new ValueOutput("IEnumerable<int>", "[2, 4, 6]"), output);
        Assert.Equal(3, reads);
    }

    [Fact]
    public void Endless_sequences_do_not_hang()
    {
        static IEnumerable<int> Forever()
        {
            var i = 0;
            while (true) yield return i++;
        }

        Assert.EndsWith("(more than 100000 items)", Value(Forever()).Text);
    }

    [Fact]
    public void Jagged_arrays_show_nested_brackets()
    {
        Assert.Equal("[[1, 2], [3]]", Value(new[] { new[] { 1.0, 2 }, new[] { 3.0 } }).Text);
    }

    [Fact]
    public void Records_become_a_table_with_one_column_per_property_in_declaration_order()
    {
        var table = Table(new List<Sample> { new("ada", 0.91234567, 1), new("bob", 0.5, 2) });

        Assert.Equal("2 rows", table.Caption);
        Assert.False(table.RowHeaders);
        Assert.Equal(["Name", "Score", "Rank"], table.Columns);
        Assert.Equal(["ada", "0.912346", "1"], table.Rows[0]);
        Assert.Equal(["bob", "0.5", "2"], table.Rows[1]);
    }

    [Fact]
    public void Single_record_caption_is_singular()
    {
        Assert.Equal("1 row", Table(new[] { new Sample("a", 1, 1) }).Caption);
    }

    [Fact]
    public void Anonymous_objects_tuples_and_dictionaries_become_tables()
    {
        var anonymous = Table(new[] { new { X = 1, Label = "one" } });
        Assert.Equal(["X", "Label"], anonymous.Columns);
        Assert.Equal(["1", "one"], anonymous.Rows[0]);

        var tuples = Table(new List<(int, string)> { (1, "a") });
        Assert.Equal(["Item1", "Item2"], tuples.Columns);

        var dictionary = Table(new Dictionary<string, double> { ["w"] = 0.25, ["b"] = -1 });
        Assert.Equal(["Key", "Value"], dictionary.Columns);
        Assert.Equal(["w", "0.25"], dictionary.Rows[0]);
    }

    [Fact]
    public void Base_class_members_come_first_then_fields()
    {
        var table = Table(new[] { new Derived { First = 1, Second = 2, Third = 3 } });

        Assert.Equal(["First", "Second", "Third"], table.Columns);
        Assert.Equal(["1", "2", "3"], table.Rows[0]);
    }

    [Fact]
    public void Items_typed_as_object_use_their_shared_runtime_type()
    {
        var table = Table(new List<object> { new Sample("a", 1, 1), new Sample("b", 2, 2) });

        Assert.Equal(["Name", "Score", "Rank"], table.Columns);
    }

    [Fact]
    public void Nested_collections_show_as_short_text_in_a_cell()
    {
        var table = Table(new[] { new Holder("h", [1, 2, 3]), new Holder("long", Enumerable.Range(0, 20).ToArray()) });

        Assert.Equal(["h", "[1, 2, 3]"], table.Rows[0]);
        Assert.Equal("[0, 1, 2, 3, 4, 5, 6, 7, …] (20 items)", table.Rows[1][1]);
    }

    [Fact]
    public void Long_tables_keep_25_first_and_24_last_rows_and_the_full_count()
    {
        var rows = Enumerable.Range(0, 60).Select(i => new Sample("n" + i, i, i)).ToList();

        var table = Table(rows);

        Assert.Equal("60 rows", table.Caption);
        Assert.Equal(25 + 1 + 24, table.Rows.Count);
        Assert.Equal("n24", table.Rows[24][0]);
        Assert.Equal(["⋮", "⋮", "⋮"], table.Rows[25]);
        Assert.Equal("n36", table.Rows[26][0]);
        Assert.Equal("n59", table.Rows[^1][0]);
        Assert.Equal(50, Table(rows.Take(50)).Rows.Count);
    }

    [Fact]
    public void Empty_sequence_of_records_is_an_empty_table_with_columns()
    {
        var table = Table(new List<Sample>());

        Assert.Equal("0 rows", table.Caption);
        Assert.Equal(["Name", "Score", "Rank"], table.Columns);
        Assert.Empty(table.Rows);
    }
}
