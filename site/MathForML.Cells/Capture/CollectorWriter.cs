using System.Text;

namespace MathForML.Cells.Capture;

/// <summary>
/// A <see cref="TextWriter"/> that sends console writes to whichever cell is running on the current
/// async flow. Installed once as Console.Out, it lets each cell capture its own output; writes made
/// outside any cell (the generator's own progress lines) go to the original console.
/// </summary>
public sealed class CollectorWriter : TextWriter
{
    private readonly TextWriter fallback;

    public CollectorWriter(TextWriter fallback)
    {
        this.fallback = fallback;
        CoreNewLine = ['\n']; // snapshots use LF on every platform
    }

    public override Encoding Encoding => fallback.Encoding;
    public override IFormatProvider FormatProvider => System.Globalization.CultureInfo.InvariantCulture;

    public override void Write(char value) => Route(value.ToString());
    public override void Write(string? value) => Route(value);
    public override void Write(char[] buffer, int index, int count) => Route(new string(buffer, index, count));
    public override void WriteLine(string? value) => Route(value + "\n");
    public override void WriteLine() => Route("\n");
    public override void Flush() => fallback.Flush();

    private void Route(string? text)
    {
        if (Notebook.Current is { } collector) collector.WriteText(text);
        else fallback.Write(text);
    }
}
