package dev.kindling.lang.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;

import dev.kindling.errors.KindlingSyntaxError;
import dev.kindling.grammar.KindlingParser;
import dev.kindling.lang.ast.Expr;
import dev.kindling.lang.ast.FStringExpr;
import dev.kindling.lang.eval.Source;

/**
 * Splits an f-string body into literal text and replacement fields
 * ({@code {expression!conversion:spec}}, with {@code {x=}} debugging fields), and compiles each
 * field's expression in the scope where the f-string appears. A format spec may itself contain
 * fields ({@code {x:{width}.{precision}f}}).
 */
final class FStrings {
    private FStrings() {}

    static List<Object> parse(String body, boolean raw, Token at, ExprBuilder b) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{' && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < body.length() && body.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '}') {
                throw b.syntaxError("f-string: single '}' is not allowed", at);
            } else if (c == '{') {
                parts.add(raw ? literal.toString() : Literals.unescape(literal.toString(), at, b));
                literal.setLength(0);
                i = field(body, i + 1, at, b, parts);
            } else {
                literal.append(c);
                i++;
            }
        }
        parts.add(raw ? literal.toString() : Literals.unescape(literal.toString(), at, b));
        return parts;
    }

    /** Parses one field starting after its '{'; returns the index after its '}'. */
    private static int field(String body, int start, Token at, ExprBuilder b, List<Object> parts) {
        int end = expressionEnd(body, start, at, b);
        String expression = body.substring(start, end);
        String debugText = null;
        int i = end;
        if (i < body.length() && body.charAt(i) == '=') {
            debugText = expression + "=";
            i++;
        }
        if (expression.isBlank()) {
            throw b.syntaxError("f-string: empty expression not allowed", at);
        }
        char conversion = 0;
        if (i < body.length() && body.charAt(i) == '!') {
            if (i + 1 >= body.length() || "rsa".indexOf(body.charAt(i + 1)) < 0) {
                throw b.syntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'", at);
            }
            conversion = body.charAt(i + 1);
            i += 2;
        }
        FStringExpr spec = null;
        if (i < body.length() && body.charAt(i) == ':') {
            int specEnd = specEnd(body, i + 1, at, b);
            List<Object> specParts = parse(body.substring(i + 1, specEnd), true, at, b);
            spec = new FStringExpr(at.getLine(), at.getCharPositionInLine(), specParts);
            i = specEnd;
        }
        if (i >= body.length() || body.charAt(i) != '}') {
            throw b.syntaxError("f-string: expecting '}'", at);
        }
        parts.add(new FStringExpr.Field(compile(expression, at, b), conversion, spec, debugText));
        return i + 1;
    }

    /** Where the expression ends: the first top-level '}', ':', '!' (not '!='), or '=' ending a debug field. */
    private static int expressionEnd(String body, int i, Token at, ExprBuilder b) {
        int depth = 0;
        char quote = 0;
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '\'', '"' -> quote = c;
                case '(', '[', '{' -> depth++;
                case ')', ']' -> depth--;
                case '}' -> {
                    if (depth == 0) {
                        return i;
                    }
                    depth--;
                }
                case ':' -> {
                    if (depth == 0) {
                        return i;
                    }
                }
                case '!' -> {
                    if (depth == 0 && (i + 1 >= body.length() || body.charAt(i + 1) != '=')) {
                        return i;
                    }
                    i++;
                }
                case '=' -> {
                    if (depth == 0 && i + 1 < body.length() && "}!:".indexOf(body.charAt(i + 1)) >= 0
                            && "=<>!".indexOf(body.charAt(i - 1)) < 0) {
                        return i;
                    }
                    if (i + 1 < body.length() && body.charAt(i + 1) == '=') {
                        i++;
                    }
                }
                default -> { }
            }
        }
        throw b.syntaxError("f-string: expecting '}'", at);
    }

    private static int specEnd(String body, int i, Token at, ExprBuilder b) {
        int depth = 0;
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        throw b.syntaxError("f-string: expecting '}'", at);
    }

    private static Expr compile(String expression, Token at, ExprBuilder b) {
        Source fieldSource = new Source(b.source.name(), "(" + expression.strip() + ")");
        try {
            KindlingParser.EvalInputContext tree = SourceParser.expressionTree(fieldSource);
            return b.testlist(tree.testlist());
        } catch (KindlingSyntaxError e) {
            throw b.syntaxError("f-string: " + e.getMessage(), at);
        }
    }
}
