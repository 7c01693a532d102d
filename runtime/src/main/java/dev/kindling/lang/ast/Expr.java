package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;

/** An expression: evaluates to a value. */
public abstract class Expr extends Node {
    protected Expr(int line, int column) {
        super(line, column);
    }

    public abstract Object eval(Frame frame);
}
