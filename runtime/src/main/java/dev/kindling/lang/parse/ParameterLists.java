package dev.kindling.lang.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.kindling.grammar.KindlingParser;
import dev.kindling.lang.ast.Expr;
import dev.kindling.lang.ast.Parameters;

/**
 * Reads def and lambda parameter lists: positional parameters with defaults, {@code *args} or a
 * bare {@code *}, keyword-only parameters, {@code **kwargs}. Default expressions are built in the
 * enclosing scope, because they are evaluated when the def runs.
 */
final class ParameterLists {
    private ParameterLists() {}

    static void def(KindlingParser.ParamListContext c, ExprBuilder b, List<String> positional,
            List<String> keywordOnly, List<Expr> defaults, Map<String, Expr> keywordDefaults, String[] star) {
        read(c, b, positional, keywordOnly, defaults, keywordDefaults, star);
    }

    static void lambda(KindlingParser.LambdaParamsContext c, ExprBuilder b, List<String> positional,
            List<String> keywordOnly, List<Expr> defaults, Map<String, Expr> keywordDefaults, String[] star) {
        read(c, b, positional, keywordOnly, defaults, keywordDefaults, star);
    }

    private static void read(ParserRuleContext c, ExprBuilder b, List<String> positional, List<String> keywordOnly,
            List<Expr> defaults, Map<String, Expr> keywordDefaults, String[] star) {
        List<ParseTree> items = new ArrayList<>();
        flatten(c, items);
        boolean afterStar = false;
        for (int i = 0; i < items.size(); i++) {
            ParseTree item = items.get(i);
            if (item instanceof TerminalNode t) {
                String text = t.getText();
                if (text.equals("*")) {
                    afterStar = true;
                    if (i + 1 < items.size() && !(items.get(i + 1) instanceof TerminalNode)) {
                        star[0] = name(items.get(++i));
                    }
                } else if (text.equals("**")) {
                    star[1] = name(items.get(++i));
                }
                continue;
            }
            String name = name(item);
            TestHolder d = defaultOf(item);
            if (positional.contains(name) || keywordOnly.contains(name)) {
                throw b.syntaxError("duplicate argument '" + name + "' in function definition",
                        ((ParserRuleContext) item).getStart());
            }
            if (afterStar) {
                keywordOnly.add(name);
                if (d.test != null) {
                    keywordDefaults.put(name, b.test(d.test));
                }
            } else {
                positional.add(name);
                if (d.test != null) {
                    defaults.add(b.test(d.test));
                } else if (!defaults.isEmpty()) {
                    throw b.syntaxError("non-default argument follows default argument",
                            ((ParserRuleContext) item).getStart());
                }
            }
        }
    }

    private record TestHolder(KindlingParser.TestContext test) {}

    private static void flatten(ParseTree t, List<ParseTree> out) {
        for (int i = 0; i < t.getChildCount(); i++) {
            ParseTree child = t.getChild(i);
            if (child instanceof KindlingParser.ParamContext || child instanceof KindlingParser.LambdaParamContext) {
                out.add(child);
            } else if (child instanceof TerminalNode tn) {
                String text = tn.getText();
                if (text.equals("*") || text.equals("**") || text.equals(",")) {
                    out.add(child);
                }
            } else {
                flatten(child, out);
            }
        }
    }

    private static String name(ParseTree p) {
        if (p instanceof KindlingParser.ParamContext pc) {
            return pc.NAME().getText();
        }
        return ((KindlingParser.LambdaParamContext) p).NAME().getText();
    }

    private static TestHolder defaultOf(ParseTree p) {
        if (p instanceof KindlingParser.ParamContext pc) {
            return new TestHolder(pc.ASSIGN() == null ? null : pc.test(pc.test().size() - 1));
        }
        KindlingParser.LambdaParamContext lp = (KindlingParser.LambdaParamContext) p;
        return new TestHolder(lp.test());
    }

    /** Gives the parameters the first local slots of the function's scope. */
    static void declare(Parameters p, Scope scope) {
        p.positional().forEach(scope::addLocal);
        p.keywordOnly().forEach(scope::addLocal);
        if (p.varArgs() != null) {
            scope.addLocal(p.varArgs());
        }
        if (p.varKeywords() != null) {
            scope.addLocal(p.varKeywords());
        }
    }
}
