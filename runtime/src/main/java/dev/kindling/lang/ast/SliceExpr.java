package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PySlice;

/** {@code lower:upper:step} inside a subscript; missing parts are None. */
public final class SliceExpr extends Expr {
    private final Expr lower;
    private final Expr upper;
    private final Expr step;

    public SliceExpr(int line, int column, Expr lower, Expr upper, Expr step) {
        super(line, column);
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    @Override
    public Object eval(Frame frame) {
        return new PySlice(part(lower, frame), part(upper, frame), part(step, frame));
    }

    private static Object part(Expr e, Frame frame) {
        return e == null ? PyNone.NONE : e.eval(frame);
    }
}
