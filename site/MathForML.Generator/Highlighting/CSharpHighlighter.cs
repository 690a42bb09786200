using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MathForML.Generator.Highlighting;

/// <summary>
/// Highlights C# at build time, so pages need no highlighting script. Roslyn parses the code as a
/// script (what lesson cells are) and every token and piece of trivia is written in order: the text
/// is never rewritten, only wrapped in <c>&lt;span class="tok-…"&gt;</c>, so stripping the tags and
/// decoding the entities gives back the input exactly, even for code that does not compile.
/// Classification is syntactic (no semantic model): fast, and good enough for lesson-sized code.
/// </summary>
public static class CSharpHighlighter
{
    private static readonly CSharpParseOptions ParseOptions = new(kind: SourceCodeKind.Script);

    /// <summary>Namespaces cells commonly spell out, which the "Upper.Member means a type" rule must skip.</summary>
    private static readonly HashSet<string> NamespaceRoots = ["System", "Microsoft", "MathNet", "MathForML"];

    private static readonly HashSet<SyntaxKind> ControlKeywords =
    [
        SyntaxKind.IfKeyword, SyntaxKind.ElseKeyword, SyntaxKind.ForKeyword, SyntaxKind.ForEachKeyword,
        SyntaxKind.WhileKeyword, SyntaxKind.DoKeyword, SyntaxKind.ReturnKeyword, SyntaxKind.BreakKeyword,
        SyntaxKind.ContinueKeyword, SyntaxKind.SwitchKeyword, SyntaxKind.CaseKeyword, SyntaxKind.ThrowKeyword,
        SyntaxKind.TryKeyword, SyntaxKind.CatchKeyword, SyntaxKind.FinallyKeyword, SyntaxKind.YieldKeyword,
        SyntaxKind.GotoKeyword,
    ];

    private static readonly HashSet<SyntaxKind> StringTokens =
    [
        SyntaxKind.StringLiteralToken, SyntaxKind.CharacterLiteralToken, SyntaxKind.Utf8StringLiteralToken,
        SyntaxKind.SingleLineRawStringLiteralToken, SyntaxKind.MultiLineRawStringLiteralToken,
        SyntaxKind.Utf8SingleLineRawStringLiteralToken, SyntaxKind.Utf8MultiLineRawStringLiteralToken,
        SyntaxKind.InterpolatedStringToken, SyntaxKind.InterpolatedStringStartToken,
        SyntaxKind.InterpolatedVerbatimStringStartToken, SyntaxKind.InterpolatedSingleLineRawStringStartToken,
        SyntaxKind.InterpolatedMultiLineRawStringStartToken, SyntaxKind.InterpolatedStringTextToken,
        SyntaxKind.InterpolatedStringEndToken, SyntaxKind.InterpolatedRawStringEndToken,
    ];

    public static string Highlight(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var root = CSharpSyntaxTree.ParseText(code, ParseOptions).GetRoot();
        var names = DeclaredNames.Collect(root);
        var html = new HtmlSpans(code.Length * 2);

        // Tokens in document order, with their trivia around them; the end-of-file token carries
        // any comment after the last statement in its leading trivia.
        foreach (var token in root.DescendantTokens(descendIntoTrivia: false))
        {
            foreach (var trivia in token.LeadingTrivia) WriteTrivia(html, trivia);
            html.Write(Classify(token, names), token.Text);
            foreach (var trivia in token.TrailingTrivia) WriteTrivia(html, trivia);
        }
        return html.ToString();
    }

    private static void WriteTrivia(HtmlSpans html, SyntaxTrivia trivia)
    {
        var text = trivia.ToFullString();
        var cssClass = trivia.Kind() switch
        {
            SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia
                or SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia
                or SyntaxKind.DisabledTextTrivia => "tok-comment",
            _ when trivia.IsDirective => "tok-preprocessor",
            _ => null,
        };
        // Directives and /// comments own their line break; keep it outside the span so a span never
        // ends at the start of the next line.
        var body = cssClass is null ? text : text.TrimEnd('\r', '\n');
        html.Write(cssClass, body);
        html.Write(null, text[body.Length..]);
    }

    private static string? Classify(SyntaxToken token, DeclaredNames names)
    {
        var kind = token.Kind();
        if (StringTokens.Contains(kind)) return "tok-string";
        if (kind == SyntaxKind.NumericLiteralToken) return "tok-number";
        if (kind == SyntaxKind.IdentifierToken) return ClassifyIdentifier(token, names);
        if (!SyntaxFacts.IsKeywordKind(kind)) return null;

        // Reserved keywords, and contextual ones the parser has already recognised as keywords
        // (record, async, await, get, init, when, where…): these arrive with their keyword kind.
        if (token.Parent is PredefinedTypeSyntax) return "tok-type";
        if (ControlKeywords.Contains(kind)) return "tok-control";
        // "default" is control flow only as a switch label, not in default(T) or the default literal.
        if (kind == SyntaxKind.DefaultKeyword && token.Parent is DefaultSwitchLabelSyntax) return "tok-control";
        return "tok-keyword";
    }

    private static string? ClassifyIdentifier(SyntaxToken token, DeclaredNames names)
    {
        switch (token.Parent)
        {
            case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or TypeParameterSyntax
                or ConstructorDeclarationSyntax or DestructorDeclarationSyntax:
                return "tok-type";
            case IdentifierNameSyntax { Parent: TypeParameterConstraintClauseSyntax }:
                return "tok-type"; // the T of "where T : …"
            case MethodDeclarationSyntax or LocalFunctionStatementSyntax:
                return "tok-method";
            case SimpleNameSyntax name:
                return ClassifyName(name, names);
            default:
                return null;
        }
    }

    private static string? ClassifyName(SimpleNameSyntax name, DeclaredNames names)
    {
        var inTypeContext = IsInTypeContext(name);
        // Contextual keywords the parser leaves as identifiers: they are keywords only where a type goes.
        if (inTypeContext && name.Identifier.Text is "var" or "dynamic" or "unmanaged" or "notnull"
            && !names.Types.Contains(name.Identifier.Text))
            return "tok-keyword";
        if (IsInvoked(name))
            return name.Identifier.Text == "nameof" && name is IdentifierNameSyntax ? "tok-keyword" : "tok-method";
        if (inTypeContext) return "tok-type";
        if (name.Parent is MemberAccessExpressionSyntax access && access.Expression == name)
            return name is GenericNameSyntax || LooksLikeType(name.Identifier.Text, names) ? "tok-type" : null;
        if (IsTypeInQualifiedAccess(name, names)) return "tok-type";
        return null;
    }

    /// <summary>Whether the name is the thing being called: <c>F(…)</c>, <c>a.F(…)</c>, <c>a?.F(…)</c>.</summary>
    private static bool IsInvoked(SimpleNameSyntax name)
    {
        SyntaxNode callee = name;
        if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name) callee = access;
        else if (name.Parent is MemberBindingExpressionSyntax binding && binding.Name == name) callee = binding;
        return callee.Parent is InvocationExpressionSyntax invocation && invocation.Expression == callee;
    }

    private static bool IsInTypeContext(SimpleNameSyntax name)
    {
        // In A.B.C used as a type, only C is the type; A and B are namespaces or outer types.
        SyntaxNode node = name;
        while (node.Parent is QualifiedNameSyntax qualified)
        {
            if (qualified.Right != node) return name is GenericNameSyntax;
            node = qualified;
        }
        if (node.Parent is AliasQualifiedNameSyntax alias)
        {
            if (alias.Name != node) return false;
            node = alias;
        }
        if (node.Parent is UsingDirectiveSyntax usingDirective)
            return usingDirective.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && usingDirective.NamespaceOrType == node;
        if (node.Parent is AttributeSyntax) return true;
        // "x is Foo" could name a constant, but in lesson code it is a type test.
        if (node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.IsExpression or (int)SyntaxKind.AsExpression } binary)
            return binary.Right == node;
        return node is TypeSyntax type && SyntaxFacts.IsInTypeOnlyContext(type);
    }

    /// <summary><c>System.Math.Sqrt</c>: Math follows a namespace root and precedes a member, so it names a type.</summary>
    private static bool IsTypeInQualifiedAccess(SimpleNameSyntax name, DeclaredNames names)
    {
        if (name.Parent is not MemberAccessExpressionSyntax inner || inner.Name != name) return false;
        if (inner.Parent is not MemberAccessExpressionSyntax outer || outer.Expression != inner) return false;
        ExpressionSyntax leftmost = inner;
        while (leftmost is MemberAccessExpressionSyntax access) leftmost = access.Expression;
        return leftmost is IdentifierNameSyntax root
            && NamespaceRoots.Contains(root.Identifier.Text)
            && !names.Values.Contains(name.Identifier.Text)
            && char.IsUpper(name.Identifier.Text[0]);
    }

    /// <summary>
    /// For <c>X.Member</c>: X is a type if the snippet declares it as one, or if it starts with a
    /// capital letter and is neither a namespace nor a variable, field or property of the snippet.
    /// </summary>
    private static bool LooksLikeType(string identifier, DeclaredNames names) =>
        names.Types.Contains(identifier)
        || (identifier.Length > 0 && char.IsUpper(identifier[0])
            && !NamespaceRoots.Contains(identifier)
            && !names.Values.Contains(identifier));

    /// <summary>Names the snippet itself declares: types, and values (locals, parameters, fields, properties).</summary>
    private sealed record DeclaredNames(HashSet<string> Types, HashSet<string> Values)
    {
        public static DeclaredNames Collect(SyntaxNode root)
        {
            var types = new HashSet<string>(StringComparer.Ordinal);
            var values = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in root.DescendantNodes())
            {
                var (set, identifier) = node switch
                {
                    BaseTypeDeclarationSyntax t => (types, t.Identifier),
                    DelegateDeclarationSyntax d => (types, d.Identifier),
                    TypeParameterSyntax p => (types, p.Identifier),
                    VariableDeclaratorSyntax v => (values, v.Identifier),
                    ParameterSyntax p => (values, p.Identifier),
                    SingleVariableDesignationSyntax s => (values, s.Identifier),
                    ForEachStatementSyntax f => (values, f.Identifier),
                    PropertyDeclarationSyntax p => (values, p.Identifier),
                    CatchDeclarationSyntax c => (values, c.Identifier),
                    FromClauseSyntax f => (values, f.Identifier),
                    LetClauseSyntax l => (values, l.Identifier),
                    JoinClauseSyntax j => (values, j.Identifier),
                    _ => (null, default),
                };
                if (set is not null && identifier.Text.Length > 0) set.Add(identifier.Text);
            }
            return new DeclaredNames(types, values);
        }
    }

    /// <summary>
    /// Builds the HTML: encodes text and merges adjacent pieces of the same class into one span
    /// (a string without holes is one span, not three).
    /// </summary>
    private sealed class HtmlSpans(int capacity)
    {
        private readonly StringBuilder _html = new(capacity);
        private string? _open;

        public void Write(string? cssClass, string text)
        {
            if (text.Length == 0) return;
            if (cssClass != _open)
            {
                if (_open is not null) _html.Append("</span>");
                if (cssClass is not null) _html.Append("<span class=\"").Append(cssClass).Append("\">");
                _open = cssClass;
            }
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&': _html.Append("&amp;"); break;
                    case '<': _html.Append("&lt;"); break;
                    case '>': _html.Append("&gt;"); break;
                    default: _html.Append(c); break;
                }
            }
        }

        public override string ToString()
        {
            if (_open is not null)
            {
                _html.Append("</span>");
                _open = null;
            }
            return _html.ToString();
        }
    }
}
