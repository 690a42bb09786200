using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace MathForML.Execution.Programs;

/// <summary>
/// Program.cs of a lesson's project as a <see cref="ProgramTemplate"/>, or why the lesson's cells
/// cannot become one and at which run cell (0-based among the run cells).
/// </summary>
public sealed record ProgramSource(string? Template, string? Problem, int? ProblemCell = null);

/// <summary>
/// Turns a lesson's run cells into one C# program with top-level statements, in document order:
/// each cell under a comment that says where it stands in the lesson, a trailing expression
/// displayed, methods as local functions, types gathered after the statements (where C# wants
/// them), <c>using</c> directives at the top, names a later cell declares again renamed, and a
/// <c>throws</c> cell inside a try/catch that prints the exception as the page does.
/// </summary>
public static class ProgramWriter
{
    public static ProgramSource Write(string sourcePath, IReadOnlyList<ProgramCell> runCells, CancellationToken cancellationToken)
    {
        var (cells, error, at) = CompiledCells.Compile(runCells, cancellationToken);
        if (error is not null) return new ProgramSource(null, error, at);
        if (cells.Count == 0) return new ProgramSource(null, "the lesson has no run cells");
        return Write(sourcePath, cells);
    }

    public static ProgramSource Write(string sourcePath, IReadOnlyList<CompiledCell> cells)
    {
        var names = NamePlan.For(cells);
        var usings = new List<string>();
        var statements = new StringBuilder();
        var types = new StringBuilder();

        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (Unsupported(cell) is { } unsupported)
                return new ProgramSource(null, unsupported, i);
            if (cell.Cell.Throws && UsedLater(cell, cells.Skip(i + 1)) is { } used)
                return new ProgramSource(null, $"a later cell uses '{used}', which this throws cell declares; in one program it would exist only inside the try block around the cell, so declare it in a cell of its own", i);

            var edits = CellRewriter.Edits(cell, names);
            foreach (var directive in cell.Root.Usings)
            {
                var text = edits.Apply(directive.Span);
                if (!usings.Contains(text, StringComparer.Ordinal)) usings.Add(text);
            }

            var body = new List<string>();
            var beforeBody = new List<string>(); // methods of a throws cell: later cells may call them
            var afterBody = new List<string>();  // methods that use a variable the cell declares below them
            foreach (var member in cell.Root.Members)
            {
                var text = edits.Apply(member.FullSpan);
                if (member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
                {
                    var line = cell.Tree.GetLineSpan(member.Span).StartLinePosition.Line;
                    types.Append('\n').Append(Comment(sourcePath, i, line, "")).Append(TrimLines(text)).Append('\n');
                }
                else if (member is MethodDeclarationSyntax && cell.Cell.Throws)
                {
                    beforeBody.Add(text);
                }
                else if (member is MethodDeclarationSyntax method && UsesVariableDeclaredBelow(cell, method))
                {
                    afterBody.Add(text);
                }
                else
                {
                    body.Add(text);
                }
            }
            // A comment after the cell's last statement.
            body.Add(cell.Root.EndOfFileToken.LeadingTrivia.ToFullString());

            var flags = cell.Cell.Answer ? " (an exercise's answer: the page checks what the reader types against it)"
                : cell.Cell.Hide ? " (a setup cell: the page shows only its output)"
                : cell.Cell.Throws ? " (this cell throws on purpose: the program prints the exception and goes on)"
                : "";
            statements.Append('\n').Append(Comment(sourcePath, i, 0, flags));
            if (names.RenamesIn(cell) is { Count: > 0 } renames)
            {
                var list = string.Join(", ", renames.Select(r => $"{r.Old} is {r.New}"));
                statements.Append(CultureInfo.InvariantCulture, $"// Declared again here, so renamed from here on: {list}.\n");
            }
            if (beforeBody.Count > 0) statements.Append(TrimLines(string.Concat(beforeBody.Select(EndLine)))).Append('\n');
            var code = TrimLines(string.Concat(body.Concat(afterBody).Select(EndLine)));
            statements.Append(cell.Cell.Throws ? TryCatch(code, names.Unused("exception")) : code).Append('\n');
        }

        var program = new StringBuilder();
        program.Append(CultureInfo.InvariantCulture, $"// {ProgramTemplate.Title}: the code of {sourcePath}, cell by cell, as one program.\n");
        program.Append("// `dotnet run` prints what the lesson's page shows under each cell. The cells run in order\n");
        program.Append("// and share their variables, as on the page.\n\n");
        program.Append("// Cells are compiled without nullable annotations, and so is this file.\n#nullable disable\n");
        if (usings.Count > 0)
        {
            program.Append("\n// The cells' own using directives (the namespaces every cell has are in the .csproj).\n");
            foreach (var directive in usings) program.Append(directive).Append('\n');
        }
        program.Append(statements);
        if (types.Length > 0)
        {
            program.Append("\n// The types the cells declare: C# wants them after the top-level statements.\n");
            program.Append(types);
        }
        return new ProgramSource(program.ToString(), null);
    }

    /// <summary>The comment above a cell or one of its types: where it stands in the lesson (filled in by <see cref="ProgramTemplate"/>).</summary>
    private static string Comment(string sourcePath, int cell, int lineInCell, string note) =>
        $"// {sourcePath}, line {ProgramTemplate.Line(cell, lineInCell)}{note}\n";

    /// <summary>What a program cannot hold that a script can, or null when the cell converts.</summary>
    private static string? Unsupported(CompiledCell cell)
    {
        if (cell.Root.GetReferenceDirectives().Any()) return "#r directives are not supported in a downloadable project";
        if (cell.Root.GetLoadDirectives().Any()) return "#load directives are not supported in a downloadable project";
        if (cell.Root.Externs.Any() || cell.Root.AttributeLists.Any()) return "extern aliases and assembly attributes are not supported in a downloadable project";
        return cell.Root.Members.FirstOrDefault(m => m is not (GlobalStatementSyntax or FieldDeclarationSyntax or MethodDeclarationSyntax
                or BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)) is { } member
            ? $"a top-level {member.Kind()} has no place in a program's top-level statements"
            : null;
    }

    /// <summary>The first variable a throws cell declares that a later cell uses (it would be inside the try block).</summary>
    private static string? UsedLater(CompiledCell cell, IEnumerable<CompiledCell> later)
    {
        var fields = NamePlan.TopLevelMembers(cell).OfType<IFieldSymbol>().ToList();
        var declared = fields.Select(DeclarationKey.Of).ToHashSet();
        var names = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var next in later)
        {
            foreach (var name in next.Root.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => names.Contains(n.Identifier.ValueText)))
            {
                if (next.Model.GetSymbolInfo(name).Symbol is IFieldSymbol field && declared.Contains(DeclarationKey.Of(field)))
                    return field.Name;
            }
        }
        return null;
    }

    /// <summary>
    /// True when a method uses a variable its cell declares further down: legal for a script's
    /// fields, but a local function may not mention a local before its declaration, so it moves
    /// below the cell's statements (a local function can be called from anywhere in the block).
    /// </summary>
    private static bool UsesVariableDeclaredBelow(CompiledCell cell, MethodDeclarationSyntax method)
    {
        var below = NamePlan.TopLevelMembers(cell).OfType<IFieldSymbol>()
            .Where(f => f.DeclaringSyntaxReferences[0].Span.Start > method.Span.End)
            .Select(f => f.Name)
            .ToHashSet(StringComparer.Ordinal);
        return below.Count > 0 && method.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => below.Contains(n.Identifier.ValueText)).Any(name =>
            cell.Model.GetSymbolInfo(name).Symbol is IFieldSymbol field
            && field.DeclaringSyntaxReferences.FirstOrDefault() is { } reference
            && reference.SyntaxTree == cell.Tree
            && reference.Span.Start > method.Span.End);
    }

    private static string TryCatch(string code, string exception)
    {
        var text = new StringBuilder("try\n{\n");
        text.Append(Indent(code)).Append("\n}\n");
        text.Append(CultureInfo.InvariantCulture, $"catch (Exception {exception})\n{{\n    DisplayException({exception});\n}}");
        return text.ToString();
    }

    /// <summary>Indents every line by four spaces, except lines inside a multi-line string, whose text would change.</summary>
    private static string Indent(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(kind: SourceCodeKind.Script)).GetRoot();
        var strings = root.DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
            .Select(t => t.Span)
            .Concat(root.DescendantNodes().OfType<InterpolatedStringExpressionSyntax>().Select(s => s.Span))
            .ToList();
        var text = SourceText.From(code);
        var result = new StringBuilder();
        foreach (var line in text.Lines)
        {
            var inside = strings.Any(s => s.Start < line.Start && line.Start < s.End);
            var content = text.ToString(line.Span);
            result.Append(inside || content.Length == 0 ? content : "    " + content).Append('\n');
        }
        return result.ToString().TrimEnd('\n');
    }

    /// <summary>A piece of a cell that ends its last line, so the next piece starts on a line of its own.</summary>
    private static string EndLine(string piece) => piece.Length == 0 || piece.EndsWith('\n') ? piece : piece + "\n";

    /// <summary>Drops blank lines at the start and whitespace at the end.</summary>
    private static string TrimLines(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        return first < 0 ? "" : string.Join('\n', lines[first..]).TrimEnd();
    }
}
