package dev.kindling.lang.objects;

/** The proxy {@code super()} returns: looks attributes up after {@code cls}, binds them to {@code self}. */
public final class PySuper implements PyObj {
    private final PyClass cls;
    private final Object self;

    public PySuper(PyClass cls, Object self) {
        this.cls = cls;
        this.self = self;
    }

    public PyClass startAfter() {
        return cls;
    }

    public Object self() {
        return self;
    }

    @Override
    public PyClass type() {
        return BuiltinTypes.SUPER;
    }
}
