package dev.kindling.lang.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;

import dev.kindling.errors.KindlingError;
import dev.kindling.errors.KindlingSyntaxError;
import dev.kindling.grammar.KindlingParser;
import dev.kindling.lang.ast.Expr;
import dev.kindling.lang.ast.FStringExpr;
import dev.kindling.lang.eval.Source;
import dev.kindling.lang.format.FStringParser;

/**
 * Compiles an f-string: {@link FStringParser} splits the body into literal text and fields,
 * and each field's expression is compiled in the scope where the f-string appears. A format
 * spec may itself contain fields ({@code {x:{width}.{precision}f}}).
 */
final class FStrings {
    private FStrings() {}

    static List<Object> parse(String body, boolean raw, Token at, ExprBuilder b) {
        try {
            return convert(FStringParser.parse(body, raw), raw, at, b);
        } catch (KindlingSyntaxError e) {
            throw e;
        } catch (KindlingError e) {
            throw b.syntaxError(e.getMessage(), at);
        }
    }

    private static List<Object> convert(List<FStringParser.Part> parts, boolean raw, Token at, ExprBuilder b) {
        List<Object> out = new ArrayList<>();
        for (FStringParser.Part p : parts) {
            if (p instanceof FStringParser.Literal l) {
                out.add(raw ? l.text() : Literals.unescape(l.text(), at, b));
            } else {
                FStringParser.Field f = (FStringParser.Field) p;
                FStringExpr spec = f.formatSpec() == null ? null
                        : new FStringExpr(at.getLine(), at.getCharPositionInLine(), convert(f.formatSpec(), raw, at, b));
                out.add(new FStringExpr.Field(compile(f.expression(), at, b), f.conversion(), spec, f.debugText()));
            }
        }
        return out;
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
