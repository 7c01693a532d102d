package dev.kindling.lang.parse;

import java.util.LinkedHashSet;
import java.util.Set;

import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.kindling.grammar.KindlingParser;

/**
 * Finds the names a function body binds (assignment, for, def, class, import, except-as,
 * with-as, del targets) and its global and nonlocal declarations, without entering nested
 * functions, classes, lambdas or comprehensions. Python decides locality for the whole body
 * before running it, so the builder needs this before it builds the body.
 */
final class BoundNames {
    final Set<String> bound = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();

    static BoundNames of(ParseTree body) {
        BoundNames names = new BoundNames();
        names.scan(body);
        return names;
    }

    /** The plain names an assignment target binds, e.g. {@code i} and {@code x} in {@code i, x}. */
    static Set<String> ofTarget(ParseTree target) {
        BoundNames names = new BoundNames();
        names.targets(target);
        return names.bound;
    }

    private void scan(ParseTree t) {
        if (t instanceof KindlingParser.FuncdefContext f) {
            bound.add(f.NAME().getText());
            return;
        }
        if (t instanceof KindlingParser.ClassdefContext c) {
            bound.add(c.NAME().getText());
            return;
        }
        if (t instanceof KindlingParser.LambdefContext || t instanceof KindlingParser.LambdefNoCondContext
                || t instanceof KindlingParser.CompForContext || t instanceof KindlingParser.DecoratorContext) {
            return;
        }
        if (t instanceof KindlingParser.AssignContext a) {
            for (int i = 0; i < a.testlistStarExpr().size() - 1; i++) {
                targets(a.testlistStarExpr(i));
            }
        } else if (t instanceof KindlingParser.YieldAssignContext a) {
            a.testlistStarExpr().forEach(this::targets);
        } else if (t instanceof KindlingParser.AugAssignContext a) {
            targets(a.testlistStarExpr());
        } else if (t instanceof KindlingParser.AnnAssignContext a) {
            targets(a.testlistStarExpr());
        } else if (t instanceof KindlingParser.ForStmtContext f) {
            targets(f.exprlist());
        } else if (t instanceof KindlingParser.DelStmtContext d) {
            targets(d.exprlist());
        } else if (t instanceof KindlingParser.WithItemContext w && w.expr() != null) {
            targets(w.expr());
        } else if (t instanceof KindlingParser.ExceptClauseContext e && e.NAME() != null) {
            bound.add(e.NAME().getText());
        } else if (t instanceof KindlingParser.DottedAsNameContext d) {
            bound.add(d.NAME() != null ? d.NAME().getText() : d.dottedName().NAME(0).getText());
        } else if (t instanceof KindlingParser.ImportAsNameContext i) {
            bound.add(i.NAME(i.NAME().size() - 1).getText());
        } else if (t instanceof KindlingParser.GlobalStmtContext g) {
            g.NAME().forEach(n -> globals.add(n.getText()));
        } else if (t instanceof KindlingParser.NonlocalStmtContext n) {
            n.NAME().forEach(x -> nonlocals.add(x.getText()));
        }
        for (int i = 0; i < t.getChildCount(); i++) {
            scan(t.getChild(i));
        }
    }

    /** Collects plain names in an assignment target; attribute and subscript targets bind nothing. */
    private void targets(ParseTree t) {
        if (t instanceof KindlingParser.AtomExprContext a) {
            if (a.trailer().isEmpty()) {
                targets(a.atom());
            }
            return;
        }
        if (t instanceof KindlingParser.NameAtomContext n) {
            bound.add(n.NAME().getText());
            return;
        }
        if (t instanceof TerminalNode) {
            return;
        }
        for (int i = 0; i < t.getChildCount(); i++) {
            targets(t.getChild(i));
        }
    }
}
