package dev.kindling.lang.ast;

import java.util.List;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Ops;

/** {@code a and b and ...} / {@code a or b or ...}: short-circuit, yields an operand as Python does. */
public final class BoolOpExpr extends Expr {
    private final boolean isAnd;
    private final Expr[] operands;

    public BoolOpExpr(int line, int column, boolean isAnd, List<Expr> operands) {
        super(line, column);
        this.isAnd = isAnd;
        this.operands = operands.toArray(new Expr[0]);
    }

    @Override
    public Object eval(Frame frame) {
        Object v = null;
        for (Expr e : operands) {
            v = e.eval(frame);
            if (Ops.truthy(v) != isAnd) {
                return v;
            }
        }
        return v;
    }
}
