using MathForML.Cells.Capture;
using MathForML.Cells.Outputs;

namespace MathForML.Tests.Cells;

public class OutputCollectorTests
{
    [Fact]
    public void Console_text_and_displayed_values_keep_their_order()
    {
        var collector = new OutputCollector();

        collector.WriteText("before ");
        collector.WriteText("display\n");
        collector.Display(42);
        collector.WriteText("after\n");

        Assert.Equal(
            [new TextOutput("before display\n"), new ValueOutput("int", "42"), new TextOutput("after\n")],
            collector.Complete());
    }

    [Fact]
    public void Displaying_null_adds_nothing()
    {
        var collector = new OutputCollector();

        collector.Display(null);

        Assert.Empty(collector.Complete());
    }

    [Fact]
    public void Text_beyond_the_limit_is_cut_with_a_note()
    {
        var collector = new OutputCollector { MaxTextLength = 5 };

        collector.WriteText("abc");
        collector.WriteText("defgh");
        collector.WriteText("ignored");

        var text = Assert.IsType<TextOutput>(Assert.Single(collector.Complete())).Text;
        Assert.StartsWith("abcde\n… output cut at 5 characters.", text);
        Assert.DoesNotContain("ignored", text);
    }

    [Fact]
    public void Notebook_display_outside_a_cell_is_an_error()
    {
        Notebook.Current = null;

        Assert.Throws<InvalidOperationException>(() => Notebook.Display(1));
    }

    [Fact]
    public void Notebook_and_globals_display_into_the_current_collector()
    {
        var collector = new OutputCollector();
        Notebook.Current = collector;
        try
        {
            new CellGlobals().Display("shown");
            Notebook.Display(2.5);
        }
        finally
        {
            Notebook.Current = null;
        }

        Assert.Equal([new ValueOutput("string", "shown"), new ValueOutput("double", "2.5")], collector.Complete());
    }

    [Fact]
    public void Collector_writer_sends_console_writes_to_the_current_cell_and_the_rest_to_the_fallback()
    {
        var collector = new OutputCollector();
        var fallback = new StringWriter();
        using var writer = new CollectorWriter(fallback);
        Notebook.Current = collector;
        try
        {
            writer.Write("x = ");
            writer.WriteLine(1.5);
            writer.WriteLine();
            writer.Write('!');
        }
        finally
        {
            Notebook.Current = null;
        }
        writer.Write("no cell is running");

        Assert.Equal("x = 1.5\n\n!", Assert.IsType<TextOutput>(Assert.Single(collector.Complete())).Text);
        Assert.Equal("no cell is running", fallback.ToString());
    }

    [Fact]
    public async Task Each_async_flow_has_its_own_current_cell()
    {
        async Task<IReadOnlyList<CellOutput>> RunCell(int value)
        {
            var collector = new OutputCollector();
            Notebook.Current = collector;
            await Task.Yield();
            Notebook.Display(value);
            await Task.Delay(10);
            Notebook.Display(value * 10);
            return collector.Complete();
        }

        var results = await Task.WhenAll(Task.Run(() => RunCell(1)), Task.Run(() => RunCell(2)));

        Assert.Equal([new ValueOutput("int", "1"), new ValueOutput("int", "10")], results[0]);
        Assert.Equal([new ValueOutput("int", "2"), new ValueOutput("int", "20")], results[1]);
    }
}
