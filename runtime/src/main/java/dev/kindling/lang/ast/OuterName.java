package dev.kindling.lang.ast;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;

/** A variable of an enclosing function, {@code depth} frames out (a closure or nonlocal). */
public final class OuterName extends Expr implements Target {
    public final String name;
    private final int depth;
    private final int slot;

    public OuterName(int line, int column, String name, int depth, int slot) {
        super(line, column);
        this.name = name;
        this.depth = depth;
        this.slot = slot;
    }

    @Override
    public Object eval(Frame frame) {
        Object v = frame.outer(depth).locals[slot];
        if (v == null) {
            throw new KindlingError(ErrorType.NAME_ERROR, "cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope");
        }
        return v;
    }

    @Override
    public void assign(Frame frame, Object value) {
        frame.outer(depth).locals[slot] = value;
    }

    @Override
    public void delete(Frame frame) {
        frame.outer(depth).locals[slot] = null;
    }
}
