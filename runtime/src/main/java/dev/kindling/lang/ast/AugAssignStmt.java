package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Arith;
import dev.kindling.lang.objects.Ops;

/**
 * {@code target op= value}. The target's object and index are evaluated once; the in-place
 * special method ({@code __iadd__}) is tried first, so {@code w -= lr * grad} updates a tensor
 * in place as in PyTorch.
 */
public final class AugAssignStmt extends Stmt {
    private final Expr target;
    private final BinaryOp op;
    private final Expr value;

    public AugAssignStmt(int line, int column, Expr target, BinaryOp op, Expr value) {
        super(line, column);
        this.target = target;
        this.op = op;
        this.value = value;
    }

    @Override
    public int exec(Frame frame) {
        if (target instanceof AttributeExpr a) {
            Object o = a.object.eval(frame);
            Object current = Ops.getAttr(o, a.name);
            Ops.setAttr(o, a.name, Arith.inplace(op, current, value.eval(frame)));
        } else if (target instanceof SubscriptExpr s) {
            Object o = s.object.eval(frame);
            Object index = s.index.eval(frame);
            Object current = Ops.getItem(o, index);
            Ops.setItem(o, index, Arith.inplace(op, current, value.eval(frame)));
        } else {
            Object current = target.eval(frame);
            ((Target) target).assign(frame, Arith.inplace(op, current, value.eval(frame)));
        }
        return NORMAL;
    }
}
