using System.Globalization;
using System.Text;
using MathForML.Cells.Formatting;
using MathForML.Cells.Outputs;

namespace MathForML.Cells.Capture;

/// <summary>
/// Collects what one cell shows. Console text is buffered and flushed as one <see cref="TextOutput"/>
/// whenever a value is displayed, so outputs keep the order in which the cell produced them.
/// </summary>
public sealed class OutputCollector
{
    private readonly StringBuilder _pendingText = new();
    private readonly List<CellOutput> _outputs = [];
    private readonly object _gate = new();

    /// <summary>Maximum characters of console text kept per cell; the rest is cut with a note.</summary>
    public int MaxTextLength { get; init; } = 1_000_000;

    private int _textLength;
    private bool _truncated;

    /// <summary>True when the cell printed more than <see cref="MaxTextLength"/> and the rest was dropped.</summary>
    public bool Truncated
    {
        get { lock (_gate) return _truncated; }
    }

    public void WriteText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        lock (_gate)
        {
            if (_truncated) return;
            var room = MaxTextLength - _textLength;
            if (text.Length > room)
            {
                _pendingText.Append(text.AsSpan(0, Math.Max(0, room)));
                _pendingText.Append(CultureInfo.InvariantCulture, $"\n… output cut at {MaxTextLength:N0} characters.\n");
                _textLength = MaxTextLength;
                _truncated = true;
                return;
            }
            _pendingText.Append(text);
            _textLength += text.Length;
        }
    }

    /// <summary>Displays a value: formats it and appends it after any pending console text.</summary>
    public void Display(object? value)
    {
        var output = OutputFormatter.Format(value);
        if (output is not null) Add(output);
    }

    public void Add(CellOutput output)
    {
        lock (_gate)
        {
            FlushText();
            _outputs.Add(output);
        }
    }

    /// <summary>Whether the cell has shown anything so far (console text or a displayed value).</summary>
    public bool HasOutput
    {
        get { lock (_gate) return _pendingText.Length > 0 || _outputs.Count > 0; }
    }

    /// <summary>The values displayed so far, without flushing console text.</summary>
    public IReadOnlyList<CellOutput> Peek()
    {
        lock (_gate) return _outputs.ToArray();
    }

    /// <summary>Everything the cell showed, with trailing console text flushed.</summary>
    public IReadOnlyList<CellOutput> Complete()
    {
        lock (_gate)
        {
            FlushText();
            return _outputs.ToArray();
        }
    }

    private void FlushText()
    {
        if (_pendingText.Length == 0) return;
        _outputs.Add(new TextOutput(_pendingText.ToString()));
        _pendingText.Clear();
    }
}
