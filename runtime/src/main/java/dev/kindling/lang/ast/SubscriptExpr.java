package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Ops;

/** {@code object[index]}, readable, assignable and deletable; a tuple index is one tuple key. */
public final class SubscriptExpr extends Expr implements Target {
    public final Expr object;
    public final Expr index;

    public SubscriptExpr(int line, int column, Expr object, Expr index) {
        super(line, column);
        this.object = object;
        this.index = index;
    }

    @Override
    public Object eval(Frame frame) {
        Object o = object.eval(frame);
        return Ops.getItem(o, index.eval(frame));
    }

    @Override
    public void assign(Frame frame, Object value) {
        Object o = object.eval(frame);
        Ops.setItem(o, index.eval(frame), value);
    }

    @Override
    public void delete(Frame frame) {
        Object o = object.eval(frame);
        Ops.delItem(o, index.eval(frame));
    }
}
