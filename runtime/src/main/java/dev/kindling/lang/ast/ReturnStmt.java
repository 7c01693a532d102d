package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.PyNone;

/** {@code return value}: leaves the value in the frame and unwinds with RETURN. */
public final class ReturnStmt extends Stmt {
    private final Expr value;

    public ReturnStmt(int line, int column, Expr value) {
        super(line, column);
        this.value = value;
    }

    @Override
    public int exec(Frame frame) {
        frame.returnValue = value == null ? PyNone.NONE : value.eval(frame);
        return RETURN;
    }
}
