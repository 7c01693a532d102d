package dev.kindling.lang.ast;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;

/** A variable local to the running function (or comprehension), at a resolved slot. */
public final class LocalName extends Expr implements Target {
    public final String name;
    private final int slot;

    public LocalName(int line, int column, String name, int slot) {
        super(line, column);
        this.name = name;
        this.slot = slot;
    }

    @Override
    public Object eval(Frame frame) {
        Object v = frame.locals[slot];
        if (v == null) {
            throw unbound(name);
        }
        return v;
    }

    static KindlingError unbound(String name) {
        return new KindlingError(ErrorType.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    @Override
    public void assign(Frame frame, Object value) {
        frame.locals[slot] = value;
    }

    @Override
    public void delete(Frame frame) {
        if (frame.locals[slot] == null) {
            throw unbound(name);
        }
        frame.locals[slot] = null;
    }
}
