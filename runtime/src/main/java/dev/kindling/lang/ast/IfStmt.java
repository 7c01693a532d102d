package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Ops;

/** {@code if/elif/else}; an elif chain is nested IfStmts in {@code orElse}. */
public final class IfStmt extends Stmt {
    private final Expr condition;
    private final Stmt body;
    private final Stmt orElse;

    public IfStmt(int line, int column, Expr condition, Stmt body, Stmt orElse) {
        super(line, column);
        this.condition = condition;
        this.body = body;
        this.orElse = orElse;
    }

    @Override
    public int exec(Frame frame) {
        if (Ops.truthy(condition.eval(frame))) {
            return body.exec(frame);
        }
        if (orElse != null) {
            frame.line = orElse.line;
            return orElse.exec(frame);
        }
        return NORMAL;
    }
}
