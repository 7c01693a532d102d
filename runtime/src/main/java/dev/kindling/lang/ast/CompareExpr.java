package dev.kindling.lang.ast;

import java.util.List;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Compare;
import dev.kindling.lang.objects.Ops;

/** A comparison chain {@code a < b <= c}: each operand evaluated once, stopping at the first false. */
public final class CompareExpr extends Expr {
    private final Expr first;
    private final CompareOp[] ops;
    private final Expr[] rest;

    public CompareExpr(int line, int column, Expr first, List<CompareOp> ops, List<Expr> rest) {
        super(line, column);
        this.first = first;
        this.ops = ops.toArray(new CompareOp[0]);
        this.rest = rest.toArray(new Expr[0]);
    }

    @Override
    public Object eval(Frame frame) {
        Object left = first.eval(frame);
        Object result = Boolean.TRUE;
        for (int i = 0; i < ops.length; i++) {
            Object right = rest[i].eval(frame);
            result = Compare.compare(ops[i], left, right);
            if (i < ops.length - 1 && !Ops.truthy(result)) {
                return result;
            }
            left = right;
        }
        return result;
    }
}
