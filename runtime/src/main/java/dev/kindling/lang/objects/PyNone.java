package dev.kindling.lang.objects;

/** Python's {@code None}, {@code Ellipsis} and {@code NotImplemented} singletons. */
public final class PyNone implements PyObj {
    public static final PyNone NONE = new PyNone("None");
    public static final PyNone ELLIPSIS = new PyNone("Ellipsis");
    public static final PyNone NOT_IMPLEMENTED = new PyNone("NotImplemented");

    private final String name;

    private PyNone(String name) {
        this.name = name;
    }

    @Override
    public PyClass type() {
        return this == NONE ? BuiltinTypes.NONE_TYPE
                : this == ELLIPSIS ? BuiltinTypes.ELLIPSIS_TYPE : BuiltinTypes.NOT_IMPLEMENTED_TYPE;
    }

    @Override
    public String toString() {
        return name;
    }
}
