package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;

/**
 * A statement. {@link #exec} returns how control leaves it: normally, or by break, continue or
 * return (the value is left in {@link Frame#returnValue}). Returning a code instead of throwing
 * keeps loops and calls cheap.
 */
public abstract class Stmt extends Node {
    public static final int NORMAL = 0;
    public static final int BREAK = 1;
    public static final int CONTINUE = 2;
    public static final int RETURN = 3;

    protected Stmt(int line, int column) {
        super(line, column);
    }

    public abstract int exec(Frame frame);
}
