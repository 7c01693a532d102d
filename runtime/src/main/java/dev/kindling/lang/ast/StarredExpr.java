package dev.kindling.lang.ast;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;

/** {@code *x} in a display or an assignment target; displays and targets handle it themselves. */
public final class StarredExpr extends Expr {
    public final Expr value;

    public StarredExpr(int line, int column, Expr value) {
        super(line, column);
        this.value = value;
    }

    @Override
    public Object eval(Frame frame) {
        throw new KindlingError(ErrorType.SYNTAX_ERROR, "can't use starred expression here");
    }
}
