package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;

/** A literal: number, string, True/False/None, Ellipsis. */
public final class Constant extends Expr {
    public final Object value;

    public Constant(int line, int column, Object value) {
        super(line, column);
        this.value = value;
    }

    @Override
    public Object eval(Frame frame) {
        return value;
    }
}
