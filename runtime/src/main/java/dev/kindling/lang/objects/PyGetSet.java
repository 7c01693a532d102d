package dev.kindling.lang.objects;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A computed attribute of a built-in or Java type (CPython's getset descriptor), e.g. a tensor's
 * {@code shape} or {@code grad}. A null setter makes the attribute read-only.
 */
public final class PyGetSet implements PyObj {
    private final String name;
    private final Function<Object, Object> getter;
    private final BiConsumer<Object, Object> setter;

    public PyGetSet(String name, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    public Object get(Object self) {
        return getter.apply(self);
    }

    public boolean writable() {
        return setter != null;
    }

    public void set(Object self, Object value) {
        setter.accept(self, value);
    }

    public String name() {
        return name;
    }

    @Override
    public PyClass type() {
        return BuiltinTypes.GETSET_DESCRIPTOR;
    }
}
