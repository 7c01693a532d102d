package dev.kindling.lang.objects;

import java.util.Map;

/** A function bound to its receiver: what {@code obj.method} evaluates to. */
public final class PyBoundMethod implements PyObj, Callable {
    private final Object self;
    private final Object function;

    public PyBoundMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    public Object self() {
        return self;
    }

    public Object function() {
        return function;
    }

    @Override
    public Object call(Object[] args, Map<String, Object> kwargs) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Ops.call(function, all, kwargs);
    }

    @Override
    public PyClass type() {
        return BuiltinTypes.METHOD;
    }

    @Override
    public String toString() {
        String name = function instanceof PyFunction f ? f.qualifiedName()
                : function instanceof PyBuiltin b ? b.name() : "?";
        return "<bound method " + name + " of " + Repr.repr(self) + ">";
    }
}
