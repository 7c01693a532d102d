package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;

/**
 * A name inside a class body: it lives in the class namespace being built; reads of names not
 * (yet) defined there fall back to the enclosing scope, as in Python.
 */
public final class ClassBodyName extends Expr implements Target {
    public final String name;
    private final Expr fallback;

    public ClassBodyName(int line, int column, String name, Expr fallback) {
        super(line, column);
        this.name = name;
        this.fallback = fallback;
    }

    @Override
    public Object eval(Frame frame) {
        Object v = frame.classNamespace.get(name);
        return v != null ? v : fallback.eval(frame);
    }

    @Override
    public void assign(Frame frame, Object value) {
        frame.classNamespace.put(name, value);
    }

    @Override
    public void delete(Frame frame) {
        if (frame.classNamespace.remove(name) == null) {
            throw GlobalName.notDefined(name);
        }
    }
}
