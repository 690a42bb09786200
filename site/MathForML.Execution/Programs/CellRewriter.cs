using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MathForML.Execution.Programs;

/// <summary>
/// The edits that make one cell's script code valid as part of a program's top-level statements:
/// renamed declarations and their uses (<see cref="NamePlan"/>), <c>Display(…);</c> around a
/// trailing expression, and no access modifiers on what becomes a local variable or function.
/// </summary>
public static class CellRewriter
{
    private static readonly SyntaxKind[] AccessModifiers =
        [SyntaxKind.PublicKeyword, SyntaxKind.PrivateKeyword, SyntaxKind.ProtectedKeyword, SyntaxKind.InternalKeyword];

    public static TextEdits Edits(CompiledCell cell, NamePlan names)
    {
        var edits = new TextEdits(cell.Cell.Code);
        foreach (var node in cell.Root.DescendantNodes())
        {
            if (node is SimpleNameSyntax name)
            {
                if (names.MayRename(name.Identifier.ValueText)) RenameUse(cell, names, name, edits);
            }
            else if (NamePlan.DeclaredName(node) is { } identifier && names.MayRename(identifier.ValueText)
                     && DeclaredNewName(cell, names, node) is { } newName)
            {
                edits.Add(TextEdit.Replace(identifier.Span, newName));
            }
        }

        foreach (var member in cell.Root.Members)
        {
            // Script fields and methods become locals and local functions, which take no access
            // modifiers; a field's static or readonly means nothing for a local either.
            var drop = member switch
            {
                MethodDeclarationSyntax m => m.Modifiers.Where(t => AccessModifiers.Contains(t.Kind())),
                FieldDeclarationSyntax f => f.Modifiers.Where(t => !t.IsKind(SyntaxKind.ConstKeyword)),
                _ => [],
            };
            foreach (var modifier in drop)
                edits.Add(new TextEdit(modifier.SpanStart, modifier.Span.End + modifier.TrailingTrivia.FullSpan.Length, ""));
        }

        if (TrailingExpression(cell) is { } trailing)
        {
            // A cell's last expression without a semicolon is displayed, unless it has no value.
            if (cell.Model.GetTypeInfo(trailing.Expression).Type is { SpecialType: SpecialType.System_Void })
            {
                edits.Add(TextEdit.InsertAfter(trailing.Expression.Span.End, ";"));
            }
            else if (cell.Cell.Answer)
            {
                // An exercise's expected answer, printed as the snapshot records it.
                var tolerance = cell.Cell.Tolerance?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "null";
                edits.Add(TextEdit.InsertBefore(trailing.Expression.SpanStart, "DisplayAnswer("));
                edits.Add(TextEdit.InsertAfter(trailing.Expression.Span.End, $", {tolerance});"));
            }
            else
            {
                edits.Add(TextEdit.InsertBefore(trailing.Expression.SpanStart, "Display("));
                edits.Add(TextEdit.InsertAfter(trailing.Expression.Span.End, ");"));
            }
        }
        return edits;
    }

    /// <summary>The cell's last statement when it is an expression without a semicolon.</summary>
    public static ExpressionStatementSyntax? TrailingExpression(CompiledCell cell) =>
        cell.Root.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } statement }
            ? statement
            : null;

    private static void RenameUse(CompiledCell cell, NamePlan names, SimpleNameSyntax name, TextEdits edits)
    {
        var info = cell.Model.GetSymbolInfo(name);
        var symbol = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        // The name of a constructor call or a constructed generic type is the type's.
        if (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor) symbol = constructor.ContainingType;
        if (names.NewName(symbol) is not { } newName) return;

        // An anonymous object's member takes its name from a bare identifier: keep the name the
        // reader sees in a displayed table.
        var text = name.Parent is AnonymousObjectMemberDeclaratorSyntax { NameEquals: null } member && member.Expression == name
            ? $"{name.Identifier.ValueText} = {newName}"
            : newName;
        edits.Add(TextEdit.Replace(name.Identifier.Span, text));
    }

    private static string? DeclaredNewName(CompiledCell cell, NamePlan names, SyntaxNode declaration)
    {
        var symbol = cell.Model.GetDeclaredSymbol(declaration);
        // Constructors and destructors carry their type's name.
        if (declaration is ConstructorDeclarationSyntax or DestructorDeclarationSyntax) symbol = symbol?.ContainingType;
        return names.NewName(symbol);
    }
}
