package dev.kindling.lang.objects;

/** The {@code property} decorator's result: a getter, and optionally a setter, written in the language. */
public final class PyProperty implements PyObj {
    private final Object getter;
    private final Object setter;

    public PyProperty(Object getter, Object setter) {
        this.getter = getter;
        this.setter = setter;
    }

    public Object getter() {
        return getter;
    }

    public Object setter() {
        return setter;
    }

    @Override
    public PyClass type() {
        return BuiltinTypes.PROPERTY;
    }
}
