using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MathForML.Execution.Programs;

/// <summary>
/// Which declarations of a lesson's cells need another name once the cells are one program. A script
/// lets a later cell declare a name again (the new one hides the old, like a notebook); one block of
/// top-level statements does not, nor may a loop or query variable there reuse the name of a
/// top-level variable. So the later declaration becomes <c>name_2</c> (then <c>name_3</c>…), and every
/// use the compiler binds to it follows; uses of the earlier one keep the old name, as in the notebook.
/// </summary>
public sealed class NamePlan
{
    private readonly Dictionary<DeclarationKey, string> _renames = [];
    private readonly HashSet<string> _renamedNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken;
    private readonly Dictionary<SyntaxTree, List<(string Old, string New)>> _topLevelRenames = [];

    private NamePlan(HashSet<string> taken) => _taken = taken;

    /// <summary>Names a fresh identifier may not take: the cells' own and the console runtime's.</summary>
    private static readonly string[] Reserved = ["Display", "DisplayException", "DisplayAnswer"];

    public static NamePlan For(IReadOnlyList<CompiledCell> cells)
    {
        var taken = cells
            .SelectMany(c => c.Root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText))
            .Concat(Reserved)
            .ToHashSet(StringComparer.Ordinal);
        var plan = new NamePlan(taken);

        // Variables, constants and methods share the program's one block of top-level statements;
        // types share the global namespace.
        var topLevel = new HashSet<string>(StringComparer.Ordinal);
        var typeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            foreach (var member in TopLevelMembers(cell))
            {
                var names = member is INamedTypeSymbol ? typeNames : topLevel;
                var name = member.Name;
                if (names.Contains(name))
                {
                    name = plan.Fresh(member.Name);
                    plan._renames[DeclarationKey.Of(member)!.Value] = name;
                    plan._renamedNames.Add(member.Name);
                    if (!plan._topLevelRenames.TryGetValue(cell.Tree, out var list)) plan._topLevelRenames[cell.Tree] = list = [];
                    list.Add((member.Name, name));
                }
                names.Add(name);
            }
        }

        // A variable of a nested block, loop, catch or query at the top level must not reuse a
        // top-level name (inside lambdas and local functions shadowing is allowed).
        foreach (var cell in cells)
        {
            foreach (var node in cell.Root.DescendantNodes().Where(IsInTopLevelCode))
            {
                if (DeclaredName(node) is not { } identifier || !topLevel.Contains(identifier.ValueText)) continue;
                var symbol = cell.Model.GetDeclaredSymbol(node);
                if (symbol is ILocalSymbol or IRangeVariableSymbol or IMethodSymbol { MethodKind: MethodKind.LocalFunction }
                    && DeclarationKey.Of(symbol) is { } key && !plan._renames.ContainsKey(key))
                {
                    plan._renames[key] = plan.Fresh(identifier.ValueText);
                    plan._renamedNames.Add(identifier.ValueText);
                }
            }
        }
        return plan;
    }

    /// <summary>
    /// True when some declaration of this name is renamed: only uses of such names need the
    /// compiler's answer to which declaration they mean (asking it about every name is slow).
    /// </summary>
    public bool MayRename(string name) => _renamedNames.Contains(name);

    /// <summary>The new name of a declaration, or null when it keeps its own.</summary>
    public string? NewName(ISymbol? symbol) =>
        symbol is not null && DeclarationKey.Of(symbol) is { } key && _renames.TryGetValue(key, out var name) ? name : null;

    /// <summary>The top-level names a cell declares again, with what the program calls them from that cell on.</summary>
    public IReadOnlyList<(string Old, string New)> RenamesIn(CompiledCell cell) =>
        _topLevelRenames.TryGetValue(cell.Tree, out var list) ? list : [];

    /// <summary>An identifier used nowhere in the cells: <c>name_2</c>, <c>name_3</c>…</summary>
    public string Fresh(string name)
    {
        var stem = name.TrimStart('@');
        for (var n = 2; ; n++)
        {
            var candidate = stem + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate)) return candidate;
        }
    }

    /// <summary>A name for a variable the program itself introduces (the catch of a throws cell).</summary>
    public string Unused(string name) => _taken.Add(name) ? name : Fresh(name);

    /// <summary>What a cell declares at its top level (script fields, methods and types), in source order.</summary>
    public static IEnumerable<ISymbol> TopLevelMembers(CompiledCell cell) =>
        cell.Submission.GetMembers()
            .Where(m => !m.IsImplicitlyDeclared && m.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == cell.Tree))
            .Where(m => m is IFieldSymbol or INamedTypeSymbol or IMethodSymbol { MethodKind: MethodKind.Ordinary })
            .OrderBy(m => m.DeclaringSyntaxReferences[0].Span.Start);

    /// <summary>The identifier a declaration node introduces, if it is one.</summary>
    public static SyntaxToken? DeclaredName(SyntaxNode node) => node switch
    {
        VariableDeclaratorSyntax v => v.Identifier,
        SingleVariableDesignationSyntax d => d.Identifier,
        ForEachStatementSyntax f => f.Identifier,
        CatchDeclarationSyntax { Identifier.RawKind: not 0 } c => c.Identifier,
        FromClauseSyntax f => f.Identifier,
        LetClauseSyntax l => l.Identifier,
        JoinClauseSyntax j => j.Identifier,
        JoinIntoClauseSyntax j => j.Identifier,
        QueryContinuationSyntax q => q.Identifier,
        LocalFunctionStatementSyntax l => l.Identifier,
        MethodDeclarationSyntax m => m.Identifier,
        BaseTypeDeclarationSyntax t => t.Identifier,
        DelegateDeclarationSyntax d => d.Identifier,
        ConstructorDeclarationSyntax c => c.Identifier,
        DestructorDeclarationSyntax d => d.Identifier,
        _ => null,
    };

    /// <summary>True for code that runs in the program's top-level block itself, not inside a lambda, method or type.</summary>
    private static bool IsInTopLevelCode(SyntaxNode node)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax
                    or BasePropertyDeclarationSyntax or BaseTypeDeclarationSyntax:
                    return false;
                case CompilationUnitSyntax:
                    return true;
            }
        }
        return false;
    }
}

/// <summary>A declaration by where it stands, so symbols of different submissions compare reliably.</summary>
public readonly record struct DeclarationKey(SyntaxTree Tree, int Position)
{
    public static DeclarationKey? Of(ISymbol symbol)
    {
        var original = symbol.OriginalDefinition;
        if (original is IMethodSymbol { ReducedFrom: { } reduced }) original = reduced;
        return original.DeclaringSyntaxReferences.FirstOrDefault() is { } reference
            ? new DeclarationKey(reference.SyntaxTree, reference.Span.Start)
            : null;
    }
}
