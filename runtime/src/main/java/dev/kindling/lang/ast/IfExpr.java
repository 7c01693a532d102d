package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Ops;

/** {@code body if condition else orElse}. */
public final class IfExpr extends Expr {
    private final Expr condition;
    private final Expr body;
    private final Expr orElse;

    public IfExpr(int line, int column, Expr condition, Expr body, Expr orElse) {
        super(line, column);
        this.condition = condition;
        this.body = body;
        this.orElse = orElse;
    }

    @Override
    public Object eval(Frame frame) {
        return Ops.truthy(condition.eval(frame)) ? body.eval(frame) : orElse.eval(frame);
    }
}
