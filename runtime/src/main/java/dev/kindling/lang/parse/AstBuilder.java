package dev.kindling.lang.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.kindling.grammar.KindlingParser.*;
import dev.kindling.lang.ast.*;
import dev.kindling.lang.eval.Source;

/**
 * Turns ANTLR's parse tree into Kindling's AST: statements here, expressions in
 * {@link ExprBuilder}. Scopes are resolved while building, so every name node already knows
 * its slot; the parse tree is not used after this.
 */
public final class AstBuilder extends ExprBuilder {
    private int loopDepth;
    private boolean inFunction;
    /** Whether the function body being built holds a yield, which makes it a generator function. */
    private boolean sawYield;

    public AstBuilder(Source source) {
        super(source);
    }

    public Block module(FileInputContext c) {
        scope = new Scope(Scope.Kind.MODULE, null, "");
        List<Stmt> body = new ArrayList<>();
        for (StmtContext s : c.stmt()) {
            body.addAll(stmt(s));
        }
        return new Block(1, 0, body);
    }

    private List<Stmt> stmt(StmtContext c) {
        if (c.simpleStmts() != null) {
            return simpleStmts(c.simpleStmts());
        }
        return List.of(compound(c.compoundStmt()));
    }

    private List<Stmt> simpleStmts(SimpleStmtsContext c) {
        List<Stmt> out = new ArrayList<>();
        for (SimpleStmtContext s : c.simpleStmt()) {
            out.add(simple(s));
        }
        return out;
    }

    private Block suite(SuiteContext c) {
        List<Stmt> body = new ArrayList<>();
        if (c.simpleStmts() != null) {
            body.addAll(simpleStmts(c.simpleStmts()));
        } else {
            for (StmtContext s : c.stmt()) {
                body.addAll(stmt(s));
            }
        }
        return new Block(body.get(0).line, body.get(0).column, body);
    }

    // ---- simple statements ----

    private Stmt simple(SimpleStmtContext c) {
        int line = line(c);
        int col = col(c);
        if (c instanceof ExpressionStmtContext e) {
            return exprStmt(e.exprStmt());
        }
        if (c instanceof YieldStmtContext y) {
            return yieldStmt(y.yieldExpr(), List.of());
        }
        if (c instanceof PassStmtContext || c instanceof GlobalStmtContext || c instanceof NonlocalStmtContext) {
            return new JumpStmt(line, col, Stmt.NORMAL);
        }
        if (c instanceof BreakStmtContext || c instanceof ContinueStmtContext) {
            boolean isBreak = c instanceof BreakStmtContext;
            if (loopDepth == 0) {
                throw syntaxError("'" + (isBreak ? "break" : "continue") + "' "
                        + (isBreak ? "outside loop" : "not properly in loop"), c.getStart());
            }
            return new JumpStmt(line, col, isBreak ? Stmt.BREAK : Stmt.CONTINUE);
        }
        if (c instanceof ReturnStmtContext r) {
            if (!inFunction) {
                throw syntaxError("'return' outside function", c.getStart());
            }
            return new ReturnStmt(line, col, r.testlist() == null ? null : testlist(r.testlist()));
        }
        if (c instanceof DelStmtContext d) {
            if (hasStarred(targetExpr(d.exprlist()))) {
                throw syntaxError("cannot delete starred", d.getStart());
            }
            Target t = target(d.exprlist());
            List<Target> targets = t instanceof SequenceExpr s ? s.elements().stream().map(x -> (Target) x).toList()
                    : List.of(t);
            return new DelStmt(line, col, targets);
        }
        if (c instanceof RaiseStmtContext r) {
            return new RaiseStmt(line, col, r.test().isEmpty() ? null : test(r.test(0)));
        }
        if (c instanceof AssertStmtContext a) {
            return new AssertStmt(line, col, test(a.test(0)), a.test().size() > 1 ? test(a.test(1)) : null);
        }
        if (c instanceof ImportStmtContext i) {
            return importStmt(i);
        }
        return fromImport((FromImportStmtContext) c);
    }

    private Stmt exprStmt(ExprStmtContext c) {
        int line = line(c);
        int col = col(c);
        if (c instanceof AugAssignContext a) {
            if (targetExpr(a.testlistStarExpr()) instanceof StarredExpr) {
                throw syntaxError("'starred' is an illegal expression for augmented assignment", a.getStart());
            }
            Expr target = targetOf(a.testlistStarExpr());
            if (!(target instanceof LocalName || target instanceof GlobalName || target instanceof OuterName
                    || target instanceof ClassBodyName || target instanceof AttributeExpr
                    || target instanceof SubscriptExpr)) {
                throw syntaxError("'" + describe(target) + "' is an illegal expression for augmented assignment",
                        a.getStart());
            }
            String op = a.augassign().getText();
            return new AugAssignStmt(line, col, target, BinaryOp.fromSymbol(op.substring(0, op.length() - 1)),
                    testlist(a.testlist()));
        }
        if (c instanceof AnnAssignContext a) {
            Target t = target(a.testlistStarExpr());
            if (a.testlist() == null) {
                return new JumpStmt(line, col, Stmt.NORMAL);
            }
            return new AssignStmt(line, col, List.of(t), testlist(a.testlist()));
        }
        if (c instanceof YieldAssignContext a) {
            List<Target> targets = new ArrayList<>();
            a.testlistStarExpr().forEach(t -> targets.add(target(t)));
            return yieldStmt(a.yieldExpr(), targets);
        }
        if (c instanceof AssignContext a) {
            List<TestlistStarExprContext> parts = a.testlistStarExpr();
            List<Target> targets = new ArrayList<>();
            for (int i = 0; i < parts.size() - 1; i++) {
                targets.add(target(parts.get(i)));
            }
            TestlistStarExprContext value = parts.get(parts.size() - 1);
            YieldExprContext yield = parenthesizedYield(value);
            return yield != null ? yieldStmt(yield, targets) : new AssignStmt(line, col, targets, testlistStarExpr(value));
        }
        TestlistStarExprContext only = ((ExprOnlyContext) c).testlistStarExpr();
        YieldExprContext yield = parenthesizedYield(only);
        return yield != null ? yieldStmt(yield, List.of()) : new ExprStmt(line, col, testlistStarExpr(only));
    }

    /**
     * A yield statement, alone or as an assignment's value ({@code x = yield v}, {@code x = (yield)}).
     * Kindling suspends generators between statements, so these are the places a yield may stand;
     * the expression builder refuses it anywhere else.
     */
    private Stmt yieldStmt(YieldExprContext y, List<Target> targets) {
        if (!inFunction) {
            throw syntaxError("'yield' outside function", y.getStart());
        }
        sawYield = true;
        if (y.FROM() != null) {
            return new YieldFromStmt(line(y), col(y), test(y.test()), targets);
        }
        Expr value = y.testlistStarExpr() == null ? null : testlistStarExpr(y.testlistStarExpr());
        return new YieldStmt(line(y), col(y), value, targets);
    }

    /** The yield in {@code (yield v)} when that is the whole expression, else null. */
    private static YieldExprContext parenthesizedYield(ParseTree t) {
        while (t instanceof ParserRuleContext && t.getChildCount() == 1) {
            t = t.getChild(0);
        }
        return t instanceof YieldAtomContext y ? y.yieldExpr() : null;
    }

    private Expr targetOf(TestlistStarExprContext c) {
        Target t = target(c);
        return (Expr) t;
    }

    /** Whether a del target is or holds {@code *x}, which del cannot take. */
    private static boolean hasStarred(Expr e) {
        return e instanceof StarredExpr
                || e instanceof SequenceExpr s && s.elements().stream().anyMatch(AstBuilder::hasStarred);
    }

    private static String describe(Expr e) {
        return e instanceof SequenceExpr ? "tuple" : "expression";
    }

    private Stmt importStmt(ImportStmtContext c) {
        List<Stmt> parts = new ArrayList<>();
        for (DottedAsNameContext d : c.dottedAsName()) {
            String dotted = d.dottedName().getText();
            boolean aliased = d.NAME() != null;
            String bound = aliased ? d.NAME().getText() : d.dottedName().NAME(0).getText();
            parts.add(new ImportStmt(line(c), col(c), dotted, (Target) scope.resolve(bound, line(d), col(d)), aliased));
        }
        return parts.size() == 1 ? parts.get(0) : new Block(line(c), col(c), parts);
    }

    private Stmt fromImport(FromImportStmtContext c) {
        String module = c.dottedName().getText();
        if (c.STAR() != null) {
            return new ImportAllStmt(line(c), col(c), module);
        }
        List<String> names = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (ImportAsNameContext n : c.importAsNames().importAsName()) {
            names.add(n.NAME(0).getText());
            String bound = n.NAME(n.NAME().size() - 1).getText();
            targets.add((Target) scope.resolve(bound, line(n), col(n)));
        }
        return new FromImportStmt(line(c), col(c), module, names, targets);
    }

    // ---- compound statements ----

    private Stmt compound(CompoundStmtContext c) {
        ParseTree s = c.getChild(0);
        if (s instanceof IfStmtContext i) {
            return ifStmt(i);
        }
        if (s instanceof WhileStmtContext w) {
            Expr condition = test(w.test());
            Block body = loopBody(w.suite(0));
            return new WhileStmt(line(w), col(w), condition, body, w.ELSE() == null ? null : suite(w.suite(1)));
        }
        if (s instanceof ForStmtContext f) {
            Target target = target(f.exprlist());
            Expr iterable = testlist(f.testlist());
            Block body = loopBody(f.suite(0));
            return new ForStmt(line(f), col(f), target, iterable, body, f.ELSE() == null ? null : suite(f.suite(1)));
        }
        if (s instanceof TryStmtContext t) {
            return tryStmt(t);
        }
        if (s instanceof WithStmtContext w) {
            return withStmt(w, 0);
        }
        if (s instanceof FuncdefContext f) {
            return def(f, List.of());
        }
        if (s instanceof ClassdefContext k) {
            return classDef(k, List.of());
        }
        DecoratedContext d = (DecoratedContext) s;
        List<Expr> decorators = new ArrayList<>();
        d.decorator().forEach(x -> decorators.add(test(x.test())));
        return d.funcdef() != null ? def(d.funcdef(), decorators) : classDef(d.classdef(), decorators);
    }

    private Block loopBody(SuiteContext c) {
        loopDepth++;
        try {
            return suite(c);
        } finally {
            loopDepth--;
        }
    }

    private Stmt ifStmt(IfStmtContext c) {
        List<TestContext> conditions = c.test();
        List<SuiteContext> suites = c.suite();
        Stmt orElse = c.ELSE() != null ? suite(suites.get(suites.size() - 1)) : null;
        List<Expr> built = new ArrayList<>();
        List<Block> bodies = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            built.add(test(conditions.get(i)));
            bodies.add(suite(suites.get(i)));
        }
        for (int i = conditions.size() - 1; i >= 0; i--) {
            TestContext t = conditions.get(i);
            orElse = new IfStmt(line(t), col(t), built.get(i), bodies.get(i), orElse);
        }
        return orElse;
    }

    private Stmt tryStmt(TryStmtContext c) {
        Block body = null;
        List<TryStmt.Handler> handlers = new ArrayList<>();
        Block orElse = null;
        Block finalBody = null;
        ExceptClauseContext pendingExcept = null;
        String pendingKeyword = "try";
        for (int i = 0; i < c.getChildCount(); i++) {
            ParseTree child = c.getChild(i);
            if (child instanceof ExceptClauseContext e) {
                pendingExcept = e;
                pendingKeyword = "except";
            } else if (child instanceof TerminalNode t && (t.getText().equals("else") || t.getText().equals("finally"))) {
                pendingKeyword = t.getText();
            } else if (child instanceof SuiteContext s) {
                switch (pendingKeyword) {
                    case "try" -> body = suite(s);
                    case "except" -> handlers.add(handler(pendingExcept, s));
                    case "else" -> orElse = suite(s);
                    default -> finalBody = suite(s);
                }
            }
        }
        return new TryStmt(line(c), col(c), body, handlers, orElse, finalBody);
    }

    private TryStmt.Handler handler(ExceptClauseContext e, SuiteContext s) {
        Expr type = e.test() == null ? null : test(e.test());
        Target name = e.NAME() == null ? null : (Target) scope.resolve(e.NAME().getText(), line(e), col(e));
        return new TryStmt.Handler(type, name, suite(s));
    }

    private Stmt withStmt(WithStmtContext c, int item) {
        WithItemContext w = c.withItem(item);
        Expr manager = test(w.test());
        Target target = w.expr() == null ? null : target(w.expr());
        Stmt body = item + 1 < c.withItem().size() ? withStmt(c, item + 1) : suite(c.suite());
        return new WithStmt(line(w), col(w), manager, target, body);
    }

    // ---- definitions: new scopes ----

    private Stmt def(FuncdefContext f, List<Expr> decorators) {
        String name = f.NAME().getText();
        List<String> positional = new ArrayList<>();
        List<String> keywordOnly = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Map<String, Expr> keywordDefaults = new LinkedHashMap<>();
        String[] star = new String[2];
        if (f.parameters().paramList() != null) {
            ParameterLists.def(f.parameters().paramList(), this, positional, keywordOnly, defaults, keywordDefaults,
                    star);
        }
        Parameters p = new Parameters(positional, keywordOnly, star[0], star[1]);
        Scope inner = new Scope(Scope.Kind.FUNCTION, scope, scope.qualifiedPrefix + name + ".<locals>.");
        ParameterLists.declare(p, inner);
        BoundNames names = BoundNames.of(f.suite());
        names.globals.forEach(inner::declareGlobal);
        for (String n : names.nonlocals) {
            checkNonlocal(n, f);
            inner.declareNonlocal(n);
        }
        names.bound.stream().filter(n -> !names.globals.contains(n) && !names.nonlocals.contains(n))
                .forEach(inner::addLocal);
        boolean[] generator = new boolean[1];
        Block body = inScope(inner, true, () -> {
            Block b = suite(f.suite());
            generator[0] = sawYield;
            return b;
        });
        String doc = docstring(body);
        FunctionTemplate template = new FunctionTemplate(name, scope.qualifiedPrefix + name, p, inner.localNames(),
                body, source, line(f), doc, generator[0]);
        FunctionExpr function = new FunctionExpr(line(f), col(f), template, defaults, keywordDefaults);
        return new DefStmt(line(f), col(f), function, decorators, (Target) scope.resolve(name, line(f), col(f)));
    }

    private void checkNonlocal(String name, ParserRuleContext at) {
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.FUNCTION && s.isLocal(name)) {
                return;
            }
        }
        throw syntaxError("no binding for nonlocal '" + name + "' found", at.getStart());
    }

    private Stmt classDef(ClassdefContext c, List<Expr> decorators) {
        String name = c.NAME().getText();
        List<Expr> bases = new ArrayList<>();
        for (Argument a : arguments(c.arglist())) {
            bases.add(a.value());
        }
        Scope inner = new Scope(Scope.Kind.CLASS, scope, scope.qualifiedPrefix + name + ".");
        Block body = inScope(inner, false, () -> suite(c.suite()));
        ClassExpr cls = new ClassExpr(line(c), col(c), name, bases, body);
        return new DefStmt(line(c), col(c), cls, decorators, (Target) scope.resolve(name, line(c), col(c)));
    }

    private Block inScope(Scope inner, boolean function, java.util.function.Supplier<Block> build) {
        Scope outer = scope;
        int outerLoops = loopDepth;
        boolean outerFunction = inFunction;
        boolean outerYield = sawYield;
        scope = inner;
        loopDepth = 0;
        inFunction = function;
        sawYield = false;
        try {
            return build.get();
        } finally {
            scope = outer;
            loopDepth = outerLoops;
            inFunction = outerFunction;
            sawYield = outerYield;
        }
    }

    private static String docstring(Block body) {
        if (body.size() > 0 && body.get(0) instanceof ExprStmt e && e.expression() instanceof Constant k
                && k.value instanceof String s) {
            return s;
        }
        return null;
    }
}
