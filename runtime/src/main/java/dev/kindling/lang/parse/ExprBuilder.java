package dev.kindling.lang.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingSyntaxError;
import dev.kindling.grammar.KindlingParser;
import dev.kindling.grammar.KindlingParser.*;
import dev.kindling.lang.ast.*;
import dev.kindling.lang.eval.Source;
import dev.kindling.lang.objects.PyNone;

/**
 * Builds expression nodes from the parse tree, resolving each name in the current scope.
 * {@link AstBuilder} extends it with statements.
 */
class ExprBuilder {
    protected final Source source;
    protected Scope scope;
    /** What the comprehension being built is called in CPython's messages ("list comprehension"). */
    private String comprehensionKind;

    ExprBuilder(Source source) {
        this.source = source;
    }

    protected static int line(ParserRuleContext c) {
        return c.getStart().getLine();
    }

    protected static int col(ParserRuleContext c) {
        return c.getStart().getCharPositionInLine();
    }

    protected KindlingSyntaxError syntaxError(String message, Token at) {
        return new KindlingSyntaxError(ErrorType.SYNTAX_ERROR, message, source.name(), at.getLine(),
                at.getCharPositionInLine(), source.line(at.getLine()), false);
    }

    // ---- the precedence ladder ----

    /** {@code a, b} is a tuple; a single expression is itself. */
    Expr testlist(TestlistContext c) {
        if (c.test().size() == 1 && c.COMMA().isEmpty()) {
            return test(c.test(0));
        }
        List<Expr> items = new ArrayList<>();
        c.test().forEach(t -> items.add(test(t)));
        return new SequenceExpr(line(c), col(c), SequenceExpr.Kind.TUPLE, items);
    }

    /** The right-hand side of an assignment: may contain {@code *x}. */
    Expr testlistStarExpr(TestlistStarExprContext c) {
        if (c.getChildCount() == 1 && c.test().size() == 1) {
            return test(c.test(0));
        }
        return new SequenceExpr(line(c), col(c), SequenceExpr.Kind.TUPLE, elements(c));
    }

    Expr test(TestContext c) {
        if (c.lambdef() != null) {
            return lambda(c.lambdef().lambdaParams(), c.lambdef().test(), c);
        }
        Expr body = orTest(c.orTest(0));
        if (c.IF() == null) {
            return body;
        }
        return new IfExpr(line(c), col(c), orTest(c.orTest(1)), body, test(c.test()));
    }

    Expr testNoCond(TestNoCondContext c) {
        if (c.lambdefNoCond() != null) {
            return lambda(c.lambdefNoCond().lambdaParams(), null, c.lambdefNoCond());
        }
        return orTest(c.orTest());
    }

    private Expr orTest(OrTestContext c) {
        if (c.andTest().size() == 1) {
            return andTest(c.andTest(0));
        }
        List<Expr> operands = new ArrayList<>();
        c.andTest().forEach(a -> operands.add(andTest(a)));
        return new BoolOpExpr(line(c), col(c), false, operands);
    }

    private Expr andTest(AndTestContext c) {
        if (c.notTest().size() == 1) {
            return notTest(c.notTest(0));
        }
        List<Expr> operands = new ArrayList<>();
        c.notTest().forEach(a -> operands.add(notTest(a)));
        return new BoolOpExpr(line(c), col(c), true, operands);
    }

    private Expr notTest(NotTestContext c) {
        if (c.NOT() != null) {
            return new UnaryExpr(line(c), col(c), "not", notTest(c.notTest()));
        }
        return comparison(c.comparison());
    }

    private Expr comparison(ComparisonContext c) {
        Expr first = expr(c.expr(0));
        if (c.compOp().isEmpty()) {
            return first;
        }
        List<CompareOp> ops = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        for (int i = 0; i < c.compOp().size(); i++) {
            ops.add(compareOp(c.compOp(i)));
            rest.add(expr(c.expr(i + 1)));
        }
        return new CompareExpr(line(c), col(c), first, ops, rest);
    }

    private static CompareOp compareOp(CompOpContext c) {
        String text = c.getText();
        switch (text) {
            case "<": return CompareOp.LT;
            case "<=": return CompareOp.LE;
            case ">": return CompareOp.GT;
            case ">=": return CompareOp.GE;
            case "==": return CompareOp.EQ;
            case "!=": return CompareOp.NE;
            case "in": return CompareOp.IN;
            case "notin": return CompareOp.NOT_IN;
            case "is": return CompareOp.IS;
            default: return CompareOp.IS_NOT;
        }
    }

    Expr expr(ExprContext c) {
        return leftAssoc(c, c.xorExpr().stream().map(this::xorExpr).toList());
    }

    private Expr xorExpr(XorExprContext c) {
        return leftAssoc(c, c.andExpr().stream().map(this::andExpr).toList());
    }

    private Expr andExpr(AndExprContext c) {
        return leftAssoc(c, c.shiftExpr().stream().map(this::shiftExpr).toList());
    }

    private Expr shiftExpr(ShiftExprContext c) {
        return leftAssoc(c, c.arithExpr().stream().map(this::arithExpr).toList());
    }

    private Expr arithExpr(ArithExprContext c) {
        return leftAssoc(c, c.term().stream().map(this::term).toList());
    }

    private Expr term(TermContext c) {
        return leftAssoc(c, c.factor().stream().map(this::factor).toList());
    }

    /**
     * Folds {@code a op b op c} to the left. The operator tokens are the rule's children that
     * sit between operands (directly, or wrapped in a one-token op rule).
     */
    private Expr leftAssoc(ParserRuleContext c, List<Expr> operands) {
        Expr result = operands.get(0);
        int operand = 1;
        for (int i = 1; i < c.getChildCount(); i += 2) {
            ParseTree opNode = c.getChild(i);
            BinaryOp op = BinaryOp.fromSymbol(opNode.getText());
            Token t = opNode instanceof TerminalNode tn ? tn.getSymbol() : ((ParserRuleContext) opNode).getStart();
            result = new BinaryExpr(t.getLine(), t.getCharPositionInLine(), op, result, operands.get(operand++));
        }
        return result;
    }

    private Expr factor(FactorContext c) {
        if (c.power() != null) {
            return power(c.power());
        }
        String op = c.getChild(0).getText();
        Expr operand = factor(c.factor());
        if (op.equals("-") && operand instanceof Constant k && k.value instanceof Long v && v != Long.MIN_VALUE) {
            return new Constant(line(c), col(c), -v); // a negative literal, folded
        }
        if (op.equals("-") && operand instanceof Constant k && k.value instanceof Double v) {
            return new Constant(line(c), col(c), -v);
        }
        return new UnaryExpr(line(c), col(c), op, operand);
    }

    private Expr power(PowerContext c) {
        Expr base = atomExpr(c.atomExpr());
        if (c.factor() == null) {
            return base;
        }
        return new BinaryExpr(line(c), col(c), BinaryOp.POW, base, factor(c.factor()));
    }

    private Expr atomExpr(AtomExprContext c) {
        List<TrailerContext> trailers = c.trailer();
        if (!trailers.isEmpty() && isZeroArgumentSuper(c)) {
            Expr e = new SuperExpr(line(c), col(c));
            return applyTrailers(e, trailers.subList(1, trailers.size()));
        }
        return applyTrailers(atom(c.atom()), trailers);
    }

    private boolean isZeroArgumentSuper(AtomExprContext c) {
        return c.atom() instanceof NameAtomContext n && n.NAME().getText().equals("super")
                && c.trailer(0) instanceof CallTrailerContext call && call.arglist() == null
                && enclosingFunction() != null;
    }

    private Scope enclosingFunction() {
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.FUNCTION) {
                return s;
            }
            if (s.kind != Scope.Kind.COMPREHENSION) {
                return null;
            }
        }
        return null;
    }

    private Expr applyTrailers(Expr e, List<TrailerContext> trailers) {
        for (TrailerContext t : trailers) {
            if (t instanceof CallTrailerContext call) {
                e = new CallExpr(line(t), col(t), e, arguments(call.arglist()));
            } else if (t instanceof SubscriptTrailerContext sub) {
                e = new SubscriptExpr(line(t), col(t), e, subscripts(sub.subscriptList()));
            } else {
                AttributeTrailerContext attr = (AttributeTrailerContext) t;
                e = new AttributeExpr(line(t), col(t), e, attr.NAME().getText());
            }
        }
        return e;
    }

    private Expr subscripts(SubscriptListContext c) {
        if (c.subscript().size() == 1 && c.COMMA().isEmpty()) {
            return subscript(c.subscript(0));
        }
        List<Expr> items = new ArrayList<>();
        c.subscript().forEach(s -> items.add(subscript(s)));
        return new SequenceExpr(line(c), col(c), SequenceExpr.Kind.TUPLE, items);
    }

    private Expr subscript(SubscriptContext c) {
        if (c.test() != null) {
            return test(c.test());
        }
        SliceItemContext s = c.sliceItem();
        return new SliceExpr(line(c), col(c), s.lower == null ? null : test(s.lower),
                s.upper == null ? null : test(s.upper), s.step == null ? null : test(s.step));
    }

    List<Argument> arguments(ArglistContext c) {
        List<Argument> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        boolean seenKeyword = false;
        for (ArgumentContext a : c.argument()) {
            if (a.ASSIGN() != null) {
                seenKeyword = true;
                out.add(new Argument(Argument.Kind.KEYWORD, a.NAME().getText(), test(a.test())));
            } else if (a.POWER() != null) {
                seenKeyword = true;
                out.add(new Argument(Argument.Kind.DOUBLE_STAR, null, test(a.test())));
            } else if (a.STAR() != null) {
                out.add(new Argument(Argument.Kind.STAR, null, test(a.test())));
            } else {
                if (seenKeyword) {
                    throw syntaxError("positional argument follows keyword argument", a.getStart());
                }
                Expr value = a.compFor() != null
                        ? comprehension(Comprehension.Kind.GENERATOR, a.test(), null, a.compFor(), a)
                        : test(a.test());
                out.add(new Argument(Argument.Kind.POSITIONAL, null, value));
            }
        }
        return out;
    }

    // ---- atoms ----

    private Expr atom(AtomContext c) {
        if (c instanceof NameAtomContext n) {
            return scope.resolve(n.NAME().getText(), line(c), col(c));
        }
        if (c instanceof NumberAtomContext n) {
            return new Constant(line(c), col(c), Literals.number(n.NUMBER().getSymbol(), this));
        }
        if (c instanceof StringAtomContext s) {
            return Literals.strings(s.STRING(), this);
        }
        if (c instanceof ParenAtomContext p) {
            return parenthesized(p);
        }
        if (c instanceof YieldAtomContext y) {
            throw misplacedYield(y);
        }
        if (c instanceof ListAtomContext l) {
            return list(l);
        }
        if (c instanceof BraceAtomContext b) {
            return brace(b);
        }
        if (c instanceof NoneAtomContext) {
            return new Constant(line(c), col(c), PyNone.NONE);
        }
        if (c instanceof TrueAtomContext) {
            return new Constant(line(c), col(c), Boolean.TRUE);
        }
        if (c instanceof FalseAtomContext) {
            return new Constant(line(c), col(c), Boolean.FALSE);
        }
        return new Constant(line(c), col(c), PyNone.ELLIPSIS);
    }

    /** A yield inside an expression: Kindling suspends generators only between statements. */
    private KindlingSyntaxError misplacedYield(YieldAtomContext y) {
        if (scope.kind == Scope.Kind.MODULE || scope.kind == Scope.Kind.CLASS) {
            return syntaxError("'yield' outside function", y.getStart());
        }
        if (scope.kind == Scope.Kind.COMPREHENSION) {
            return syntaxError("'yield' inside " + comprehensionKind, y.getStart());
        }
        return syntaxError("'yield' inside an expression is not supported by Kindling; write it as a statement "
                + "('yield v') or as an assignment's value ('x = yield v')", y.getStart());
    }

    private Expr parenthesized(ParenAtomContext p) {
        TestlistCompContext t = p.testlistComp();
        if (t == null) {
            return new SequenceExpr(line(p), col(p), SequenceExpr.Kind.TUPLE, List.of());
        }
        if (t.compFor() != null) {
            return comprehension(Comprehension.Kind.GENERATOR, t.test(0), null, t.compFor(), p);
        }
        if (t.COMMA().isEmpty() && t.starExpr().isEmpty()) {
            return test(t.test(0));
        }
        return new SequenceExpr(line(p), col(p), SequenceExpr.Kind.TUPLE, elements(t));
    }

    private Expr list(ListAtomContext l) {
        TestlistCompContext t = l.testlistComp();
        if (t == null) {
            return new SequenceExpr(line(l), col(l), SequenceExpr.Kind.LIST, List.of());
        }
        if (t.compFor() != null) {
            return comprehension(Comprehension.Kind.LIST, t.test(0), null, t.compFor(), l);
        }
        return new SequenceExpr(line(l), col(l), SequenceExpr.Kind.LIST, elements(t));
    }

    /** The elements of a display in source order, {@code *x} as StarredExpr. */
    private List<Expr> elements(ParserRuleContext t) {
        List<Expr> items = new ArrayList<>();
        for (int i = 0; i < t.getChildCount(); i++) {
            ParseTree child = t.getChild(i);
            if (child instanceof TestContext tc) {
                items.add(test(tc));
            } else if (child instanceof StarExprContext s) {
                items.add(new StarredExpr(line(s), col(s), expr(s.expr())));
            }
        }
        return items;
    }

    private Expr brace(BraceAtomContext b) {
        DictOrSetMakerContext m = b.dictOrSetMaker();
        if (m == null) {
            return new DictExpr(line(b), col(b), List.of(), List.of());
        }
        if (!m.dictEntry().isEmpty()) {
            if (m.compFor() != null) {
                DictEntryContext e = m.dictEntry(0);
                return comprehension(Comprehension.Kind.DICT, e.test(0), e.test(1), m.compFor(), b);
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            for (DictEntryContext e : m.dictEntry()) {
                if (e.POWER() != null) {
                    keys.add(null);
                    values.add(expr(e.expr()));
                } else {
                    keys.add(test(e.test(0)));
                    values.add(test(e.test(1)));
                }
            }
            return new DictExpr(line(b), col(b), keys, values);
        }
        if (m.compFor() != null) {
            return comprehension(Comprehension.Kind.SET, m.test(0), null, m.compFor(), b);
        }
        return new SequenceExpr(line(b), col(b), SequenceExpr.Kind.SET, elements(m));
    }

    // ---- comprehensions and lambdas: new scopes ----

    private Expr comprehension(Comprehension.Kind kind, TestContext element, TestContext value, CompForContext first,
            ParserRuleContext at) {
        if (element == null) {
            // The grammar reads [*x for x in y] as a display whose first item is a star expression.
            throw syntaxError("iterable unpacking cannot be used in comprehension", at.getStart());
        }
        Expr firstIterable = orTestOf(first);
        Scope inner = new Scope(Scope.Kind.COMPREHENSION, scope, scope.qualifiedPrefix);
        for (CompForContext f = first; f != null; f = nextFor(f)) {
            BoundNames.ofTarget(f.exprlist()).forEach(inner::addLocal);
        }
        Scope outer = scope;
        String outerKind = comprehensionKind;
        scope = inner;
        comprehensionKind = switch (kind) {
            case LIST -> "list comprehension";
            case SET -> "set comprehension";
            case DICT -> "dict comprehension";
            case GENERATOR -> "generator expression";
        };
        try {
            List<Comprehension.Clause> clauses = new ArrayList<>();
            ParseTree node = first;
            boolean firstFor = true;
            while (node != null) {
                if (node instanceof CompForContext f) {
                    Expr iterable = firstFor ? firstIterable : orTestOf(f);
                    firstFor = false;
                    clauses.add(new Comprehension.Clause(target(f.exprlist()), iterable, null));
                    node = f.compIter() == null ? null : f.compIter().getChild(0);
                } else {
                    CompIfContext i = (CompIfContext) node;
                    clauses.add(new Comprehension.Clause(null, null, testNoCond(i.testNoCond())));
                    node = i.compIter() == null ? null : i.compIter().getChild(0);
                }
            }
            Expr el = test(element);
            Expr val = value == null ? null : test(value);
            return new Comprehension(line(at), col(at), kind, clauses, el, val, inner.localNames().size(),
                    outer.qualifiedPrefix + "<genexpr>");
        } finally {
            scope = outer;
            comprehensionKind = outerKind;
        }
    }

    private Expr orTestOf(CompForContext f) {
        return orTestExpr(f.orTest());
    }

    Expr orTestExpr(OrTestContext c) {
        return orTest(c);
    }

    private static CompForContext nextFor(CompForContext f) {
        CompIterContext it = f.compIter();
        while (it != null) {
            if (it.compFor() != null) {
                return it.compFor();
            }
            it = it.compIf().compIter();
        }
        return null;
    }

    private Expr lambda(LambdaParamsContext params, ParserRuleContext body, ParserRuleContext at) {
        List<String> positional = new ArrayList<>();
        List<String> keywordOnly = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Map<String, Expr> keywordDefaults = new LinkedHashMap<>();
        String[] star = new String[2];
        if (params != null) {
            ParameterLists.lambda(params, this, positional, keywordOnly, defaults, keywordDefaults, star);
        }
        Parameters p = new Parameters(positional, keywordOnly, star[0], star[1]);
        Scope inner = new Scope(Scope.Kind.FUNCTION, scope, scope.qualifiedPrefix);
        ParameterLists.declare(p, inner);
        Scope outer = scope;
        scope = inner;
        try {
            Expr value = body instanceof TestContext t ? test(t)
                    : testNoCond(((LambdefNoCondContext) at).testNoCond());
            Stmt ret = new ReturnStmt(line(at), col(at), value);
            FunctionTemplate template = new FunctionTemplate("<lambda>", outer.qualifiedPrefix + "<lambda>", p,
                    inner.localNames(), ret, source, line(at), null, false);
            return new FunctionExpr(line(at), col(at), template, defaults, keywordDefaults);
        } finally {
            scope = outer;
        }
    }

    // ---- assignment targets ----

    /** Builds an assignment target, rejecting what cannot be assigned to. */
    Target target(ParserRuleContext c) {
        Expr e = targetExpr(c);
        if (e instanceof StarredExpr) {
            throw syntaxError("starred assignment target must be in a list or tuple", c.getStart());
        }
        checkTarget(e, c.getStart());
        return (Target) e;
    }

    Expr targetExpr(ParserRuleContext c) {
        if (c instanceof ExprlistContext l) {
            if (l.getChildCount() == 1) {
                return l.expr().isEmpty() ? starred(l.starExpr(0)) : expr(l.expr(0));
            }
            return new SequenceExpr(line(l), col(l), SequenceExpr.Kind.TUPLE, exprOrStar(l));
        }
        if (c instanceof TestlistStarExprContext l) {
            if (l.getChildCount() == 1) {
                return l.test().isEmpty() ? starred(l.starExpr(0)) : test(l.test(0));
            }
            return new SequenceExpr(line(l), col(l), SequenceExpr.Kind.TUPLE, elements(l));
        }
        if (c instanceof ExprContext e) {
            return expr(e);
        }
        return test((TestContext) c);
    }

    private Expr starred(StarExprContext s) {
        return new StarredExpr(line(s), col(s), expr(s.expr()));
    }

    private List<Expr> exprOrStar(ExprlistContext l) {
        List<Expr> items = new ArrayList<>();
        for (int i = 0; i < l.getChildCount(); i++) {
            ParseTree child = l.getChild(i);
            if (child instanceof ExprContext e) {
                items.add(expr(e));
            } else if (child instanceof StarExprContext s) {
                items.add(starred(s));
            }
        }
        return items;
    }

    void checkTarget(Expr e, Token at) {
        if (e instanceof SequenceExpr s && s.kind != SequenceExpr.Kind.SET) {
            if (s.elements().stream().filter(StarredExpr.class::isInstance).count() > 1) {
                throw syntaxError("multiple starred expressions in assignment", at);
            }
            for (Expr item : s.elements()) {
                checkTarget(item, at);
            }
            return;
        }
        if (e instanceof StarredExpr s) {
            checkTarget(s.value, at);
            return;
        }
        if (e instanceof Target) {
            return;
        }
        String what = e instanceof CallExpr ? "function call" : e instanceof Constant ? "literal" : "expression";
        throw syntaxError("cannot assign to " + what, at);
    }
}
