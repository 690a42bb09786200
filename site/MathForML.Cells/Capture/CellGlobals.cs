namespace MathForML.Cells.Capture;

/// <summary>
/// The globals object of every lesson's script session: its public members are what a cell can call
/// without qualification, such as <c>Display(value)</c>.
/// </summary>
public class CellGlobals
{
    /// <summary>Shows a value below the cell: a chart, a matrix or vector as a table, records as a table, anything else as text.</summary>
    public void Display(object? value) => Notebook.Display(value);
}
